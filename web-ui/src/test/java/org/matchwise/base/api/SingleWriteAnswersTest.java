package org.matchwise.base.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * {@link SingleWriteAnswers} on its own: an API answer's explicit flushes wait for the end of the request, while an
 * answer larger than the buffer still goes out as it is written; other paths are left alone.
 */
class SingleWriteAnswersTest {

    private final SingleWriteAnswers filter = new SingleWriteAnswers();

    private MockHttpServletResponse run(String path, int bytes, boolean writer) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        MockHttpServletResponse response = new MockHttpServletResponse();
        response.setBufferSize(8 * 1024); // Tomcat's default
        filter.doFilter(request, response, (req, res) -> {
            byte[] body = "x".repeat(bytes).getBytes(StandardCharsets.UTF_8);
            if (writer) {
                res.getWriter().write(new String(body, StandardCharsets.UTF_8));
                res.getWriter().flush();
            } else {
                res.getOutputStream().write(body);
                res.getOutputStream().flush();
            }
            res.flushBuffer();
            assertThat(res.isCommitted()).as("committed right after the flushes").isEqualTo(
                    !path.startsWith("/api/") || bytes > SingleWriteAnswers.BUFFER_BYTES);
        });
        return response;
    }

    @Test
    void an_api_answer_within_the_buffer_is_not_committed_by_its_flushes() throws Exception {
        for (boolean writer : new boolean[] {false, true}) {
            MockHttpServletResponse response = run("/api/v1/applicants/7", 20_000, writer);

            assertThat(response.getBufferSize()).isEqualTo(SingleWriteAnswers.BUFFER_BYTES);
            assertThat(response.getContentAsByteArray()).hasSize(20_000);
        }
    }

    @Test
    void an_api_answer_larger_than_the_buffer_goes_out_as_it_is_written() throws Exception {
        MockHttpServletResponse response = run("/api/v1/applicants", SingleWriteAnswers.BUFFER_BYTES + 1, false);

        assertThat(response.getContentAsByteArray()).hasSize(SingleWriteAnswers.BUFFER_BYTES + 1);
    }

    @Test
    void other_paths_are_left_alone() throws Exception {
        MockHttpServletResponse response = run("/dashboard", 100, false);

        assertThat(response.getBufferSize()).isEqualTo(8 * 1024);
    }
}
