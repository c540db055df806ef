package org.matchwise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.matchwise.testing.PostgresDatabase;
import org.matchwise.testing.RequiresPostgres;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application on the postgres profile against an empty PostgreSQL database: it migrates it, creates the
 * bootstrap admin (and no demo accounts), keeps the data across a restart, and refuses a weak bootstrap password.
 */
@RequiresPostgres
class PostgresProfileTest {

    private static ConfigurableApplicationContext start(PostgresDatabase.Info db, String adminPassword) {
        return new SpringApplicationBuilder(MatchwiseApplication.class).profiles("postgres").run(
                "--server.port=0",
                "--spring.datasource.url=" + db.url(),
                "--spring.datasource.username=" + db.username(),
                "--spring.datasource.password=" + db.password(),
                "--matchwise.bootstrap.admin.email=first.admin@school.example",
                "--matchwise.bootstrap.admin.password=" + adminPassword,
                "--matchwise.bootstrap.school=Test Advising Office",
                "--logging.level.root=WARN",
                "--spring.main.banner-mode=off",
                // as deployed: Vaadin in production mode (the build makes the bundle before the tests), which also
                // spares each of the three starts development mode's frontend checks
                "--vaadin.productionMode=true");
    }

    private static HttpResponse<String> me(ConfigurableApplicationContext app, String user, String password)
            throws Exception {
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/v1/me")).header("Authorization", "Basic " + basic).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void an_empty_database_is_migrated_gets_the_bootstrap_admin_and_keeps_it_across_a_restart() throws Exception {
        PostgresDatabase.Info db = PostgresDatabase.fresh();
        String password = "Harbour-lantern-4812";

        try (var app = start(db, password)) {
            HttpResponse<String> answer = me(app, "first.admin@school.example", password);
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.body()).contains("\"role\":\"ADMIN\"").contains("Test Advising Office");
            assertThat(me(app, "advisor@demo.example", "demo-advisor").statusCode()).isEqualTo(401);
        }
        try (var app = start(db, "a-different-password-now")) {
            assertThat(me(app, "first.admin@school.example", password).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void a_weak_bootstrap_password_stops_the_start_with_the_reason() {
        PostgresDatabase.Info db = PostgresDatabase.fresh();

        assertThatThrownBy(() -> start(db, "password1"))
                .hasStackTraceContaining("MATCHWISE_BOOTSTRAP_ADMIN_PASSWORD is refused")
                .hasStackTraceContaining("at least 12 characters");
    }
}
