package org.matchwise.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.matchwise.MatchwiseServerTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The app's stylesheets reach every page: the app shell links them, and the server hands them to anyone, signed
 * in or not (the login page needs them too), as CSS. The browser tests check that their rules apply.
 * Same context as the browser tests, so it is started once for both.
 */
@MatchwiseServerTest
class StylesheetsTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @ParameterizedTest(name = "{0} is served to an anonymous request as CSS")
    @CsvSource({"/styles.css,.mw-brand", "/css/dashboard.css,.mw-dashboard", "/css/casefile.css,.mw-case"})
    void each_stylesheet_is_served_to_anyone_as_css(String path, String rule) throws Exception {
        HttpResponse<String> response = get(path);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/css"));
        assertThat(response.body()).contains(rule);
    }

    @Test
    void the_pages_link_the_lumo_theme_and_every_stylesheet() throws Exception {
        HttpResponse<String> login = get("/login");

        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).contains("lumo").contains("styles.css").contains("css/dashboard.css").contains("css/casefile.css");
    }
}
