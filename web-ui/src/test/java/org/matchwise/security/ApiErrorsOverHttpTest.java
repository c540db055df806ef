package org.matchwise.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.matchwise.MatchwiseServerTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * REST errors through a real servlet container, where MockMvc cannot look: the container's error dispatch to
 * {@code /error}, Vaadin's servlet behind every unmapped path, the firewall. Same context as the browser tests.
 */
@MatchwiseServerTest
class ApiErrorsOverHttpTest {

    private static final String ADMIN = "Basic " + Base64.getEncoder()
            .encodeToString("admin@demo.example:demo-admin".getBytes(StandardCharsets.UTF_8));

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder at(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Authorization", ADMIN);
    }

    private static JsonNode problem(HttpResponse<String> response, int status, String error) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.headers().firstValue("Location")).isEmpty();
        JsonNode body = JsonMapper.builder().build().readTree(response.body());
        assertThat(body.get("status").intValue()).isEqualTo(status);
        assertThat(body.get("error").stringValue()).isEqualTo(error);
        return body;
    }

    @Test
    void an_unknown_api_path_is_a_404_problem_not_the_vaadin_page() throws Exception {
        JsonNode body = problem(send(at("/api/v1/nope").GET()), 404, "not_found");

        assertThat(body.get("instance").stringValue()).isEqualTo("/api/v1/nope");
    }

    @Test
    void a_post_to_a_get_only_endpoint_is_a_405_problem_not_an_empty_403() throws Exception {
        problem(send(at("/api/v1/me").header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("x"))),
                405, "method_not_allowed");
    }

    @Test
    void a_body_of_the_wrong_type_is_a_415_problem_not_an_empty_403() throws Exception {
        problem(send(at("/api/v1/assessments/preview").header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("x"))), 415, "unsupported_media_type");
    }

    @Test
    void a_request_the_firewall_rejects_is_answered_on_the_error_dispatch_as_a_problem() throws Exception {
        JsonNode body = problem(send(at("/api/v1/me;x=1").GET()), 400, "bad_request");

        assertThat(body.get("instance").stringValue()).startsWith("/api/v1/me");
    }

    @Test
    void an_anonymous_api_call_is_a_401_problem_never_a_redirect_to_the_login_page() throws Exception {
        problem(send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/applicants")).GET()),
                401, "unauthorized");
    }

    @Test
    void an_upload_over_the_limit_is_a_413_problem_naming_the_limit() throws Exception {
        String boundary = "matchwise-test-boundary";
        byte[] big = new byte[11 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) 'a');
        var body = new java.io.ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"r.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(big);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));

        JsonNode problem = problem(send(at("/api/v1/imports").header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))), 413, "content_too_large");

        assertThat(problem.get("detail").stringValue()).contains("matchwise.limits.upload");
    }

    @Test
    void a_chunked_body_over_the_body_limit_is_a_413_problem_naming_the_limit() throws Exception {
        // no Content-Length: the body is counted while it is read and refused once it passes 2 MB
        java.io.InputStream stream = new java.io.InputStream() {
            private long left = 3L * 1024 * 1024;

            @Override
            public int read() {
                return left-- > 0 ? ' ' : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(len, left);
                java.util.Arrays.fill(b, off, off + n, (byte) ' ');
                left -= n;
                return n;
            }
        };

        JsonNode problem = problem(send(at("/api/v1/assessments/preview").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> stream))), 413, "content_too_large");

        assertThat(problem.get("detail").stringValue()).contains("matchwise.limits.body");
    }
}
