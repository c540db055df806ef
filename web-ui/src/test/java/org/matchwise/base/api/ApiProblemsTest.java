package org.matchwise.base.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ApiProblemsTest {

    @AfterEach
    void clearMdc() {
        MDC.remove(ApiProblems.REQUEST_ID);
    }

    @Test
    void a_problem_has_type_title_status_detail_and_its_stable_code() {
        ProblemDetail problem = ApiProblems.of(HttpStatus.NOT_FOUND, "not_found", "No applicant 7 in your school.");

        assertThat(problem.getType()).isEqualTo(URI.create("about:blank"));
        assertThat(problem.getTitle()).isEqualTo("Not Found");
        assertThat(problem.getStatus()).isEqualTo(404);
        assertThat(problem.getDetail()).isEqualTo("No applicant 7 in your school.");
        assertThat(problem.getProperties()).containsEntry("error", "not_found").doesNotContainKey("requestId")
                .doesNotContainKey("problems");
    }

    @Test
    void the_request_id_of_the_logging_context_is_copied_into_the_problem() {
        MDC.put(ApiProblems.REQUEST_ID, "req-42");

        assertThat(ApiProblems.of(HttpStatus.CONFLICT, "conflict", "x").getProperties())
                .containsEntry("requestId", "req-42");
    }

    @Test
    void invalid_input_lists_every_problem_and_counts_them_in_the_detail() {
        ProblemDetail problem = ApiProblems.invalid(List.of(new ApiProblems.Problem("a", "is required"),
                new ApiProblems.Problem("b[0]", "must be a whole number")));

        assertThat(problem.getStatus()).isEqualTo(400);
        assertThat(problem.getDetail()).isEqualTo("The request has 2 problems.");
        assertThat(problem.getProperties()).containsEntry("error", "invalid_request");
        assertThat((List<?>) problem.getProperties().get("problems")).hasSize(2);
    }

    @Test
    void written_outside_spring_mvc_the_body_is_the_same_problem_json_with_the_original_path() throws Exception {
        MDC.put(ApiProblems.REQUEST_ID, "req-7");
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/error");
        request.setAttribute("jakarta.servlet.error.request_uri", "/api/v1/me");
        MockHttpServletResponse response = new MockHttpServletResponse();

        ApiProblems.write(request, response, ApiProblems.ofStatus(HttpStatus.UNAUTHORIZED));

        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        JsonNode body = JsonMapper.builder().build().readTree(response.getContentAsString());
        assertThat(body.get("type").stringValue()).isEqualTo("about:blank");
        assertThat(body.get("title").stringValue()).isEqualTo("Unauthorized");
        assertThat(body.get("status").intValue()).isEqualTo(401);
        assertThat(body.get("detail").stringValue()).contains("Sign in");
        assertThat(body.get("instance").stringValue()).isEqualTo("/api/v1/me");
        assertThat(body.get("error").stringValue()).isEqualTo("unauthorized");
        assertThat(body.get("requestId").stringValue()).isEqualTo("req-7");
    }

    @Test
    void a_status_without_a_specific_code_gets_its_name_as_code() {
        assertThat(ApiProblems.ofStatus(HttpStatus.METHOD_NOT_ALLOWED).getProperties())
                .containsEntry("error", "method_not_allowed");
        assertThat(ApiProblems.codeOf(HttpStatus.CONTENT_TOO_LARGE)).isEqualTo("content_too_large");
    }
}
