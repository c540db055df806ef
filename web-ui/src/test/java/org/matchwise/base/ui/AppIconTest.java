package org.matchwise.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.matchwise.MatchwiseApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The app has its own icon in the browser tab: every page links icons/icon.png, and the server hands it to anyone,
 * signed in or not (the sign-in page shows it too), as a PNG. Same context as the browser tests (the properties of
 * {@link org.matchwise.MatchwiseServerTest}).
 */
@SpringBootTest(classes = MatchwiseApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"vaadin.productionMode=true", "vaadin.devmode.devTools.enabled=false"})
@ActiveProfiles("test")
class AppIconTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private <T> HttpResponse<T> get(String path, HttpResponse.BodyHandler<T> body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(), body);
    }

    @Test
    void the_sign_in_page_links_the_icon() throws Exception {
        String page = get("/login", HttpResponse.BodyHandlers.ofString()).body();

        assertThat(page).containsPattern("<link[^>]*rel=\"icon\"[^>]*href=\"icons/icon\\.png\"|<link[^>]*href=\"icons/icon\\.png\"[^>]*rel=\"icon\"");
    }

    @Test
    void the_icon_is_served_to_anyone_as_a_png() throws Exception {
        HttpResponse<byte[]> icon = get("/" + AppShell.ICON, HttpResponse.BodyHandlers.ofByteArray());

        assertThat(icon.statusCode()).isEqualTo(200);
        assertThat(icon.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(icon.body()).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
    }
}
