package org.matchwise;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.matchwise.testing.PostgresDatabase;
import org.matchwise.testing.RequiresPostgres;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The application on a real server and real PostgreSQL, reached through a {@link TcpProxy} that a test can cut
 * to take the database away. Tests of races and outages share this one context (a context of its own, because
 * its data source goes through the proxy); a test that cuts the proxy restores it before it ends.
 */
@SpringBootTest(classes = MatchwiseApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "vaadin.devmode.devTools.enabled=false")
@ActiveProfiles("test")
@RequiresPostgres
public abstract class PostgresThroughProxy {

    private static TcpProxy proxy;

    @LocalServerPort
    protected int port;

    protected final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        PostgresDatabase.Info db = PostgresDatabase.get().orElseThrow(
                () -> new IllegalStateException(PostgresDatabase.unavailableReason()));
        URI target = URI.create(db.url().substring("jdbc:".length()));
        proxy = TcpProxy.to(target.getHost(), target.getPort() < 0 ? 5432 : target.getPort());
        String through = db.url().replaceFirst("//[^/]+/", "//127.0.0.1:" + proxy.port() + "/");
        registry.add("spring.datasource.url", () -> through);
        registry.add("spring.datasource.username", db::username);
        registry.add("spring.datasource.password", db::password);
    }

    /** The proxy between the application and PostgreSQL. */
    protected static TcpProxy proxy() {
        return proxy;
    }

    protected HttpRequest.Builder request(String path, String email, String password) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (email != null) {
            builder.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return builder;
    }

    protected HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
