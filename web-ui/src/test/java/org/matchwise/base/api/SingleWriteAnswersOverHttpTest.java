package org.matchwise.base.api;

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

/**
 * Through Tomcat (README "API tokens", what a read costs): an API answer that fits the response buffer goes out with its
 * {@code Content-Length}, not chunked, although Spring MVC flushes it early (SingleWriteAnswersTest: a larger one
 * still streams). Same context as SecurityHeadersOverHttpTest.
 */
@MatchwiseServerTest
class SingleWriteAnswersOverHttpTest {

    private static final String ADVISOR = basic("advisor@demo.example:demo-advisor");

    private static String basic(String credentials) {
        return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<byte[]> get(String path, String credentials) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", credentials).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void a_small_answer_is_sent_whole_with_its_length() throws Exception {
        HttpResponse<byte[]> me = get("/api/v1/me", ADVISOR);

        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.headers().firstValue("Transfer-Encoding")).isEmpty();
        assertThat(me.headers().firstValueAsLong("Content-Length")).hasValue(me.body().length);
        assertThat(new String(me.body(), StandardCharsets.UTF_8)).contains("advisor@demo.example");
    }
}
