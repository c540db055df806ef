package org.matchwise.shell.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.matchwise.MatchwiseServerTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An unknown address through a real servlet container: signed out it leads to the sign-in page, never the
 * container's bare 403 page. Same context as ApiErrorsOverHttpTest and the browser tests.
 */
@MatchwiseServerTest
class ErrorPagesOverHttpTest {

    @LocalServerPort
    int port;

    @Test
    void a_signed_out_visitor_at_an_unknown_address_is_sent_to_sign_in_not_shown_a_403() throws Exception {
        HttpResponse<String> response = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()
                .send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/no/such/page")).GET().build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }
}
