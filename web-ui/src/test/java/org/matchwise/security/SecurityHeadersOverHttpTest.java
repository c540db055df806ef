package org.matchwise.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.matchwise.MatchwiseServerTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The UI's security headers and session handling through a real servlet container (README "Headers"): CSP, nosniff,
 * no-referrer, Permissions-Policy, no-store; the session id never in a URL; the API description behind sign-in.
 * Same context as ApiErrorsOverHttpTest.
 */
@MatchwiseServerTest
class SecurityHeadersOverHttpTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String header(HttpHeaders headers, String name) {
        return headers.firstValue(name).orElse("");
    }

    @Test
    void the_login_page_carries_the_security_headers() throws Exception {
        HttpResponse<String> login = get("/login");
        HttpHeaders headers = login.headers();
        assertThat(login.statusCode()).as(headers.map().toString()).isEqualTo(200);

        assertThat(header(headers, "Content-Security-Policy")).as(headers.map().toString()).contains("default-src 'self'", "object-src 'none'",
                "frame-ancestors 'none'", "base-uri 'self'", "form-action 'self'");
        assertThat(header(headers, "X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(header(headers, "Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(header(headers, "Permissions-Policy")).contains("camera=()", "microphone=()", "geolocation=()");
        assertThat(header(headers, "X-Frame-Options")).isEqualTo("DENY");
        assertThat(header(headers, "Cache-Control")).contains("no-store");
    }

    @Test
    void a_signed_out_request_for_a_page_redirects_to_the_login_page_without_a_session_id_in_the_url() throws Exception {
        for (String path : new String[] {"/dashboard", "/some/resource.png", "/applicants/1"}) {
            HttpResponse<String> response = get(path);

            assertThat(header(response.headers(), "Location")).as(path).doesNotContainIgnoringCase("jsessionid");
            assertThat(response.body()).as(path).doesNotContainIgnoringCase("jsessionid=");
        }
    }

    @Test
    void the_api_description_and_swagger_ui_need_a_signed_in_user() throws Exception {
        for (String path : new String[] {"/v3/api-docs", "/swagger-ui.html", "/swagger-ui/index.html"}) {
            HttpResponse<String> response = get(path);

            assertThat(response.statusCode()).as(path).isIn(302, 401, 403);
            assertThat(response.body()).as(path).doesNotContain("/api/v1/applicants");
        }
    }
}
