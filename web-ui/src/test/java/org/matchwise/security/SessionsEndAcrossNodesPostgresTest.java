package org.matchwise.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.matchwise.AsUser;
import org.matchwise.MatchwiseApplication;
import org.matchwise.account.Role;
import org.matchwise.admin.AdminViews.AccountResult;
import org.matchwise.admin.UserAdminService;
import org.matchwise.testing.PostgresDatabase;
import org.matchwise.testing.RequiresPostgres;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Issue 11.4 with two application nodes on ONE PostgreSQL database, over real HTTP: a user signs in on node A (a real
 * Tomcat session, its cookie kept by the client) and has an API token; an admin on node B deactivates the user, changes
 * their role or resets their password; the user's very next request on node A finds the session ended (pages go to the
 * login view, Vaadin's UIDL requests find no session) and the token refused. Nothing is shared between the nodes but
 * the database.
 */
@RequiresPostgres
class SessionsEndAcrossNodesPostgresTest {

    static ConfigurableApplicationContext nodeA;
    static ConfigurableApplicationContext nodeB;

    static ConfigurableApplicationContext start(PostgresDatabase.Info db, String name, boolean demo) {
        return new SpringApplicationBuilder(MatchwiseApplication.class).profiles("postgres").run(
                "--server.port=0",
                "--spring.datasource.url=" + db.url(),
                "--spring.datasource.username=" + db.username(),
                "--spring.datasource.password=" + db.password(),
                "--matchwise.demo.enabled=" + demo,
                "--spring.datasource.hikari.maximum-pool-size=4",
                "--matchwise.data-dir=target/test-data/sessions-" + name,
                "--spring.application.name=node-" + name,
                "--logging.level.root=WARN",
                // a role change to ADMIN signs in again with the password alone: this test is about sessions ending,
                // the admin's second step has tests of its own (SingleSignOnEndToEndTest, TwoStepServiceTest)
                "--matchwise.login.admin-two-step=false",
                "--spring.main.banner-mode=off",
                // as deployed: Vaadin in production mode (the build makes the bundle before the tests), which also
                // spares both nodes development mode's frontend checks
                "--vaadin.productionMode=true");
    }

    @BeforeAll
    static void twoNodes() {
        PostgresDatabase.Info db = PostgresDatabase.fresh();
        nodeA = start(db, "a", true); // makes the demo school and accounts
        nodeB = start(db, "b", false);
    }

    @AfterAll
    static void stop() {
        if (nodeB != null) {
            nodeB.close();
        }
        if (nodeA != null) {
            nodeA.close();
        }
    }

    static String base(ConfigurableApplicationContext node) {
        return "http://localhost:" + ((WebServerApplicationContext) node).getWebServer().getPort();
    }

    /** A browser: its own cookies, no redirects followed. */
    static HttpClient browser() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    static HttpResponse<String> send(HttpClient client, HttpRequest request) throws Exception {
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    static void signIn(HttpClient browser, String email, String password) throws Exception {
        String form = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        var answer = send(browser, HttpRequest.newBuilder(URI.create(base(nodeA) + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        assertThat(answer.statusCode()).as("sign-in answer").isEqualTo(302);
        assertThat(answer.headers().firstValue("Location").orElse("")).doesNotContain("error");
    }

    static HttpResponse<String> page(HttpClient browser) throws Exception {
        return send(browser, HttpRequest.newBuilder(URI.create(base(nodeA) + "/")).GET().build());
    }

    static HttpResponse<String> sessionApi(HttpClient browser) throws Exception {
        return send(browser, HttpRequest.newBuilder(URI.create(base(nodeA) + "/api/v1/me")).GET().build());
    }

    static String createToken(String email, String password) throws Exception {
        String basic = Base64.getEncoder().encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8));
        var answer = send(HttpClient.newHttpClient(), HttpRequest.newBuilder(URI.create(base(nodeA) + "/api/v1/me/tokens"))
                .header("Authorization", "Basic " + basic).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"sync\", \"expiresInDays\": 7}")).build());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        return answer.body().replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
    }

    static int bearerOnA(String token) throws Exception {
        return send(HttpClient.newHttpClient(), HttpRequest.newBuilder(URI.create(base(nodeA) + "/api/v1/me"))
                .header("Authorization", "Bearer " + token).GET().build()).statusCode();
    }

    static void expectSignedIn(HttpClient browser) throws Exception {
        var page = page(browser);
        assertThat(page.statusCode()).as("a signed-in page on node A").isEqualTo(200);
        assertThat(sessionApi(browser).statusCode()).as("the session on node A's API").isEqualTo(200);
    }

    static void expectSignedOut(HttpClient browser) throws Exception {
        var page = page(browser);
        assertThat(page.statusCode()).as("sent to the login view").isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElse("")).contains("/login");
        assertThat(sessionApi(browser).statusCode()).isEqualTo(401);
    }

    /** Runs an admin action on node B, as the demo admin. */
    static AccountResult onNodeB(java.util.function.Function<UserAdminService, AccountResult> action) {
        return AsUser.call(nodeB.getBean(UserDetailsService.class), "admin@demo.example",
                () -> action.apply(nodeB.getBean(UserAdminService.class)));
    }

    static long userId(String email) {
        return nodeB.getBean(JdbcTemplate.class).queryForObject("SELECT id FROM app_user WHERE email = ?", Long.class,
                email);
    }

    @Test
    void deactivating_on_node_b_ends_the_session_and_the_token_on_node_a_at_their_next_request() throws Exception {
        HttpClient browser = browser();
        signIn(browser, "advisor@demo.example", "demo-advisor");
        expectSignedIn(browser);
        String token = createToken("advisor@demo.example", "demo-advisor");
        assertThat(bearerOnA(token)).isEqualTo(200);

        assertThat(onNodeB(admins -> admins.deactivate(userId("advisor@demo.example"))))
                .isInstanceOf(AccountResult.Done.class);

        assertThat(bearerOnA(token)).as("the token on node A").isEqualTo(401);
        expectSignedOut(browser);

        onNodeB(admins -> admins.reactivate(userId("advisor@demo.example")));
        assertThat(bearerOnA(token)).as("reactivation does not revive the token").isEqualTo(401);
        expectSignedOut(browser);
        signIn(browser, "advisor@demo.example", "demo-advisor");
        expectSignedIn(browser);
    }

    @Test
    void a_password_reset_on_node_b_ends_the_session_on_node_a_for_vaadin_requests_too() throws Exception {
        HttpClient browser = browser();
        signIn(browser, "applicant@demo.example", "demo-applicant");
        expectSignedIn(browser);

        assertThat(onNodeB(admins -> admins.resetPassword(userId("applicant@demo.example"))))
                .isNotInstanceOf(AccountResult.Refused.class);

        // a Vaadin UIDL request (what every click in the app sends) is the next request: it finds no session
        var uidl = send(browser, HttpRequest.newBuilder(URI.create(base(nodeA) + "/?v-r=uidl&v-uiId=0"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"csrfToken\":\"x\",\"rpc\":[],\"syncId\":0,\"clientId\":0}"))
                .build());
        assertThat(uidl.body()).as("Vaadin answers that the session has expired (the client reloads into the login)")
                .contains("sessionExpired");
        expectSignedOut(browser);
    }

    @Test
    void a_role_change_on_node_b_ends_the_session_on_node_a() throws Exception {
        String email = "second.advisor@demo.example";
        AsUser.call(nodeB.getBean(UserDetailsService.class), "admin@demo.example", () -> {
            nodeB.getBean(JdbcTemplate.class).update("""
                    INSERT INTO app_user (school_id, email, display_name, password_hash, role, enabled, failed_logins,
                        created_at, version, credentials_epoch)
                    SELECT school_id, ?, 'Second Advisor', password_hash, 'ADVISOR', TRUE, 0, now(), 0, 0
                    FROM app_user WHERE email = 'advisor@demo.example'""", email);
            return null;
        });
        HttpClient browser = browser();
        signIn(browser, email, "demo-advisor");
        expectSignedIn(browser);

        assertThat(onNodeB(admins -> admins.changeRole(userId(email), Role.ADMIN))).isInstanceOf(AccountResult.Done.class);

        expectSignedOut(browser);
        signIn(browser, email, "demo-advisor");
        expectSignedIn(browser);
        assertThat(sessionApi(browser).body()).contains("\"role\":\"ADMIN\"");
    }
}
