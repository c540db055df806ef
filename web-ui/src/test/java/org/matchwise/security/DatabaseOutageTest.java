package org.matchwise.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.matchwise.PostgresThroughProxy;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * With the database unreachable (the connection between the application and PostgreSQL cut), an API call answers
 * 503 problem+json within 5 s, never 401 "sign in with a valid email and password", and the application is
 * back as soon as the database is.
 */
class DatabaseOutageTest extends PostgresThroughProxy {

    @AfterEach
    void restore() {
        proxy().restore();
    }

    @Test
    void with_the_database_unreachable_a_signed_in_call_answers_503_within_5_seconds_not_401() {
        assertThat(send(request("/api/v1/me", "advisor@demo.example", "demo-advisor").GET()).statusCode()).isEqualTo(200);

        proxy().cut();
        long started = System.nanoTime();
        HttpResponse<String> response = send(request("/api/v1/me", "advisor@demo.example", "demo-advisor").GET());
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(took).isLessThan(Duration.ofSeconds(5));
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(response.headers().firstValue("Retry-After")).isPresent();
        assertThat(response.headers().firstValue("WWW-Authenticate")).isEmpty();
        JsonNode body = JsonMapper.builder().build().readTree(response.body());
        assertThat(body.get("error").stringValue()).isEqualTo("unavailable");
        assertThat(body.get("instance").stringValue()).isEqualTo("/api/v1/me");
        assertThat(response.body()).doesNotContain("Sign in");
    }

    @Test
    void after_the_outage_the_same_call_succeeds_again_without_a_restart() throws Exception {
        proxy().cut();
        assertThat(send(request("/api/v1/applicants", "admin@demo.example", "demo-admin").GET()).statusCode())
                .isEqualTo(503);

        proxy().restore();
        int status = 0;
        for (int attempt = 0; attempt < 10 && status != 200; attempt++) {
            status = send(request("/api/v1/applicants", "admin@demo.example", "demo-admin").GET()).statusCode();
            if (status != 200) {
                Thread.sleep(500);
            }
        }
        assertThat(status).isEqualTo(200);
    }

    @Test
    void a_wrong_password_during_an_outage_is_not_counted_against_the_account() throws Exception {
        proxy().cut();
        for (int i = 0; i < 6; i++) {
            assertThat(send(request("/api/v1/me", "applicant@demo.example", "wrong").GET()).statusCode()).isEqualTo(503);
        }
        proxy().restore();

        int status = 0;
        for (int attempt = 0; attempt < 10 && status != 200; attempt++) {
            status = send(request("/api/v1/me", "applicant@demo.example", "demo-applicant").GET()).statusCode();
            if (status != 200) {
                Thread.sleep(500);
            }
        }
        assertThat(status).as("the account is not locked").isEqualTo(200);
    }
}
