package org.matchwise.apitoken;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.matchwise.AsUser;
import org.matchwise.MatchwiseTest;
import org.matchwise.account.Role;
import org.matchwise.admin.AdminViews.AccountResult;
import org.matchwise.admin.UserAdminService;
import org.matchwise.security.AccountSetup;
import org.matchwise.security.AccountSetup.NewAccount;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Personal API tokens over HTTP: the lifecycle (create, list without the secret, revoke, expiry), the school's
 * settings, bearer sign-in with the owner's role and school on several endpoints, and refusal on the very next request
 * after a revocation, a deactivation or a new password. Each test makes its own school, so tests do not share tokens.
 */
@MatchwiseTest
class ApiTokenTest {

    static final String PASSWORD = "token-test-password-1";

    @Autowired MockMvc mvc;
    @Autowired AccountSetup setup;
    @Autowired UserAdminService admins;
    @Autowired UserDetailsService accounts;
    @Autowired JdbcTemplate jdbc;
    @Autowired org.matchwise.profile.json.ProfileJson profiles;

    String admin;
    String advisor;
    String applicant;

    @BeforeEach
    void school() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        admin = "admin-" + tag + "@tokens.example";
        advisor = "advisor-" + tag + "@tokens.example";
        applicant = "applicant-" + tag + "@tokens.example";
        setup.createSchoolWithAccounts("Token School " + tag, List.of(
                new NewAccount(admin, "Ada Admin", Role.ADMIN, PASSWORD),
                new NewAccount(advisor, "Avi Advisor", Role.ADVISOR, PASSWORD),
                new NewAccount(applicant, "Ana Applicant", Role.APPLICANT, PASSWORD)));
    }

    static RequestPostProcessor bearer(String token) {
        return request -> {
            request.addHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token);
            return request;
        };
    }

    static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    String createToken(String email, int days) throws Exception {
        String body = mvc.perform(json(post("/api/v1/me/tokens"), "{\"name\": \"roster sync\", \"expiresInDays\": " + days + "}")
                        .with(httpBasic(email, PASSWORD)))
                .andExpect(status().isCreated())
                .andExpect(header().string(HttpHeaders.CACHE_CONTROL, containsString("no-store")))
                .andExpect(jsonPath("$.id").isNumber())
                .andExpect(jsonPath("$.name").value("roster sync"))
                .andExpect(jsonPath("$.token").value(startsWith("mw_")))
                .andExpect(jsonPath("$.expiresAt").isString())
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.token");
    }

    long idOf(String token) {
        return jdbc.queryForObject("SELECT id FROM api_token WHERE secret_hash = ?", Long.class,
                org.matchwise.security.ApiTokenSecrets.hash(token));
    }

    long userId(String email) {
        return jdbc.queryForObject("SELECT id FROM app_user WHERE email = ?", Long.class, email);
    }

    void expectRefused(String token) throws Exception {
        mvc.perform(get("/api/v1/me").with(bearer(token)))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().stringValues(HttpHeaders.WWW_AUTHENTICATE, hasItem(containsString("invalid_token"))))
                .andExpect(jsonPath("$.error").value("unauthorized"));
    }

    @Test
    void a_token_is_shown_once_listed_without_its_secret_and_signs_in_as_its_owner() throws Exception {
        String token = createToken(advisor, 30);
        assertThat(token).hasSize(46).matches("mw_[A-Za-z0-9_-]{43}");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM api_token WHERE secret_hash = ? AND hint = ?", Integer.class,
                org.matchwise.security.ApiTokenSecrets.hash(token), token.substring(0, 7)))
                .as("only the hash and the first characters are stored").isEqualTo(1);

        String list = mvc.perform(get("/api/v1/me/tokens").with(httpBasic(advisor, PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].name").value("roster sync"))
                .andExpect(jsonPath("$[0].status").value("ACTIVE"))
                .andExpect(jsonPath("$[0].lastUsedAt").doesNotExist())
                .andReturn().getResponse().getContentAsString();
        assertThat(list).doesNotContain(token).doesNotContain(token.substring(7));

        mvc.perform(get("/api/v1/me").with(bearer(token)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.email").value(advisor))
                .andExpect(jsonPath("$.role").value("ADVISOR"))
                .andExpect(header().doesNotExist("Set-Cookie"));

        // the last use is written off the request thread: it shows within moments
        Instant deadline = Instant.now().plusSeconds(5);
        Object lastUsed = null;
        while (lastUsed == null && Instant.now().isBefore(deadline)) {
            lastUsed = JsonPath.read(mvc.perform(get("/api/v1/me/tokens").with(httpBasic(advisor, PASSWORD)))
                    .andReturn().getResponse().getContentAsString(), "$[0].lastUsedAt");
            Thread.sleep(50);
        }
        assertThat(lastUsed).as("lastUsedAt after a use").isNotNull();
    }

    @Test
    void a_revoked_token_is_refused_on_the_very_next_request() throws Exception {
        String token = createToken(advisor, 30);
        mvc.perform(get("/api/v1/me").with(bearer(token))).andExpect(status().isOk());

        mvc.perform(delete("/api/v1/me/tokens/" + idOf(token)).with(httpBasic(advisor, PASSWORD)))
                .andExpect(status().isNoContent());

        expectRefused(token);
        mvc.perform(get("/api/v1/me/tokens").with(httpBasic(advisor, PASSWORD)))
                .andExpect(jsonPath("$[0].status").value("REVOKED"));
    }

    @Test
    void an_expired_token_is_refused() throws Exception {
        String token = createToken(advisor, 1);
        jdbc.update("UPDATE api_token SET expires_at = ? WHERE id = ?",
                java.sql.Timestamp.from(Instant.now().minus(Duration.ofSeconds(1))), idOf(token));

        expectRefused(token);
        mvc.perform(get("/api/v1/me/tokens").with(httpBasic(advisor, PASSWORD)))
                .andExpect(jsonPath("$[0].status").value("EXPIRED"));
    }

    @Test
    void unknown_and_malformed_tokens_are_refused_as_problem_json() throws Exception {
        expectRefused("mw_" + "A".repeat(43));
        expectRefused("not-a-token");
        expectRefused("");
    }

    @Test
    void a_deactivated_owners_token_is_refused_on_the_very_next_request_and_stays_ended_after_reactivation()
            throws Exception {
        String token = createToken(advisor, 30);
        mvc.perform(get("/api/v1/me").with(bearer(token))).andExpect(status().isOk());

        AccountResult done = AsUser.call(accounts, admin, () -> admins.deactivate(userId(advisor)));
        assertThat(done).isInstanceOf(AccountResult.Done.class);
        expectRefused(token);

        AsUser.call(accounts, admin, () -> admins.reactivate(userId(advisor)));
        expectRefused(token);
        mvc.perform(get("/api/v1/me/tokens").with(httpBasic(advisor, PASSWORD)))
                .andExpect(jsonPath("$[0].status").value("ENDED"));
    }

    @Test
    void a_role_change_or_password_reset_ends_the_owners_tokens() throws Exception {
        String token = createToken(advisor, 30);
        AsUser.call(accounts, admin, () -> admins.changeRole(userId(advisor), Role.ADMIN));
        expectRefused(token);

        String again = createToken(advisor, 30);
        mvc.perform(get("/api/v1/users").with(bearer(again))).andExpect(status().isOk());
        AsUser.call(accounts, admin, () -> admins.resetPassword(userId(advisor)));
        expectRefused(again);
    }

    @Test
    void a_token_carries_its_owners_role_and_school_on_every_endpoint() throws Exception {
        String advisorToken = createToken(advisor, 30);
        String adminToken = createToken(admin, 30);
        String demoAdvisorToken = createToken("advisor@demo.example", "demo-advisor");

        mvc.perform(get("/api/v1/me").with(bearer(advisorToken))).andExpect(jsonPath("$.school", startsWith("Token School")));
        mvc.perform(get("/api/v1/users").with(bearer(advisorToken)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.error").value("forbidden"));
        mvc.perform(get("/api/v1/users").with(bearer(adminToken)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].email", hasItem(advisor)));
        mvc.perform(get("/api/v1/access-log").with(bearer(adminToken))).andExpect(status().isOk());

        // an applicant created with the advisor's token belongs to the advisor's school: read with the school's
        // tokens, unknown to another school's admin token
        String example = profiles.write(org.matchwise.testing.ExampleCases.medPedsStep1Retake().profile().toBuilder()
                .matchYear(2027).externalId("EX-" + UUID.randomUUID()).build()).toString();
        String created = mvc.perform(json(post("/api/v1/applicants"), example).with(bearer(advisorToken)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(created, "$.id")).longValue();
        mvc.perform(get("/api/v1/applicants/" + id).with(bearer(advisorToken))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/applicants/" + id).with(bearer(adminToken))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/applicants/" + id).with(bearer(demoAdvisorToken)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/applicants").with(bearer(adminToken)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(1));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM access_log WHERE applicant_id = ? AND user_id = ?",
                Integer.class, id, userId(advisor))).as("the token's reads are in the access log as its owner's")
                .isGreaterThanOrEqualTo(1);
    }

    String createToken(String email, String password) throws Exception {
        String body = mvc.perform(json(post("/api/v1/me/tokens"), "{\"name\": \"demo\", \"expiresInDays\": 1}")
                .with(httpBasic(email, password))).andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString();
        return JsonPath.read(body, "$.token");
    }

    @Test
    void bad_names_and_lifetimes_beyond_the_schools_maximum_are_refused_naming_the_field() throws Exception {
        mvc.perform(json(post("/api/v1/me/tokens"), "{\"name\": \"x\", \"expiresInDays\": 366}")
                        .with(httpBasic(advisor, PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.error").value("invalid_lifetime"))
                .andExpect(jsonPath("$.problems[0].path").value("expiresInDays"))
                .andExpect(jsonPath("$.detail", containsString("365")));
        mvc.perform(json(post("/api/v1/me/tokens"), "{\"name\": \" \", \"expiresInDays\": 5}")
                        .with(httpBasic(advisor, PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[0].path").value("name"));

        mvc.perform(json(put("/api/v1/token-settings"), "{\"maxLifetimeDays\": 30, \"applicantsMayHaveTokens\": false}")
                .with(httpBasic(admin, PASSWORD))).andExpect(status().isOk()).andExpect(jsonPath("$.maxLifetimeDays").value(30));
        mvc.perform(json(post("/api/v1/me/tokens"), "{\"name\": \"x\", \"expiresInDays\": 31}")
                .with(httpBasic(advisor, PASSWORD))).andExpect(status().isBadRequest());
        createToken(advisor, 30);
        mvc.perform(json(put("/api/v1/token-settings"), "{\"maxLifetimeDays\": 30, \"applicantsMayHaveTokens\": true}")
                .with(httpBasic(advisor, PASSWORD))).andExpect(status().isForbidden());
    }

    @Test
    void applicants_get_tokens_only_while_their_school_allows_it() throws Exception {
        mvc.perform(json(post("/api/v1/me/tokens"), "{\"name\": \"mine\", \"expiresInDays\": 5}")
                        .with(httpBasic(applicant, PASSWORD)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.error").value("not_allowed"))
                .andExpect(jsonPath("$.detail", containsString("applicants")));

        mvc.perform(json(put("/api/v1/token-settings"), "{\"maxLifetimeDays\": 365, \"applicantsMayHaveTokens\": true}")
                .with(httpBasic(admin, PASSWORD))).andExpect(status().isOk());
        String token = createToken(applicant, 5);
        mvc.perform(get("/api/v1/me").with(bearer(token))).andExpect(jsonPath("$.role").value("APPLICANT"));

        mvc.perform(json(put("/api/v1/token-settings"), "{\"maxLifetimeDays\": 365, \"applicantsMayHaveTokens\": false}")
                .with(httpBasic(admin, PASSWORD))).andExpect(status().isOk());
        expectRefused(token);
    }

    @Test
    void an_admin_lists_and_revokes_tokens_of_the_school_but_not_of_another_school() throws Exception {
        String token = createToken(advisor, 30);
        long id = idOf(token);
        mvc.perform(get("/api/v1/tokens").with(httpBasic(admin, PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].ownerEmail").value(advisor));
        mvc.perform(get("/api/v1/tokens").with(httpBasic(advisor, PASSWORD))).andExpect(status().isForbidden());
        mvc.perform(delete("/api/v1/tokens/" + id).with(httpBasic(advisor, PASSWORD))).andExpect(status().isForbidden());

        // the demo school's admin: not found, and the token keeps working
        mvc.perform(delete("/api/v1/tokens/" + id).with(httpBasic("admin@demo.example", "demo-admin")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.error").value("not_found"));
        mvc.perform(get("/api/v1/tokens").with(httpBasic("admin@demo.example", "demo-admin")))
                .andExpect(jsonPath("$[*].id", org.hamcrest.Matchers.not(hasItem((int) id))));
        // another user of the same school cannot revoke it as their own
        mvc.perform(delete("/api/v1/me/tokens/" + id).with(httpBasic(admin, PASSWORD))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/me").with(bearer(token))).andExpect(status().isOk());

        mvc.perform(delete("/api/v1/tokens/" + id).with(httpBasic(admin, PASSWORD))).andExpect(status().isNoContent());
        expectRefused(token);
    }

    @Test
    void a_token_cannot_create_tokens() throws Exception {
        String token = createToken(advisor, 30);
        mvc.perform(json(post("/api/v1/me/tokens"), "{\"name\": \"child\", \"expiresInDays\": 5}").with(bearer(token)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.error").value("not_allowed"));
    }

    @Test
    void a_ui_session_may_manage_tokens_with_its_csrf_token_and_ends_when_the_user_is_deactivated() throws Exception {
        MockHttpSession session = signIn(advisor);
        mvc.perform(get("/api/v1/me/tokens").session(session)).andExpect(status().isOk());
        mvc.perform(json(post("/api/v1/me/tokens"), "{\"name\": \"from the app\", \"expiresInDays\": 5}").session(session))
                .andExpect(status().isForbidden());
        mvc.perform(json(post("/api/v1/me/tokens"), "{\"name\": \"from the app\", \"expiresInDays\": 5}")
                .session(session).with(csrf())).andExpect(status().isCreated());
        expectSignedIn(session);

        AsUser.call(accounts, admin, () -> admins.deactivate(userId(advisor)));

        mvc.perform(get("/api/v1/me/tokens").session(session))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(session.isInvalid()).as("the session ended").isTrue();
    }

    @Test
    void a_role_change_sends_the_ui_session_to_the_login_page() throws Exception {
        MockHttpSession session = signIn(advisor);
        expectSignedIn(session);

        AsUser.call(accounts, admin, () -> admins.changeRole(userId(advisor), Role.ADMIN));

        mvc.perform(get("/").session(session))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string(HttpHeaders.LOCATION, containsString("/login")));
        assertThat(session.isInvalid()).isTrue();
    }

    /** A UI page request of the session is not sent to the login page. */
    void expectSignedIn(MockHttpSession session) throws Exception {
        try {
            var page = mvc.perform(get("/").session(session)).andReturn().getResponse();
            assertThat(page.getRedirectedUrl()).as("signed in, not sent to the login page").isNull();
        } catch (jakarta.servlet.ServletException handedToVaadin) {
            // security let the request through to Vaadin's servlet, which MockMvc does not have: signed in
            assertThat(handedToVaadin.getMessage()).contains("springServlet");
        }
        assertThat(session.isInvalid()).isFalse();
    }

    MockHttpSession signIn(String email) throws Exception {
        var login = mvc.perform(post("/login").param("username", email).param("password", PASSWORD).with(csrf())
                .session(new MockHttpSession())).andExpect(status().is3xxRedirection()).andReturn();
        assertThat(login.getResponse().getRedirectedUrl()).doesNotContain("error");
        return (MockHttpSession) login.getRequest().getSession(false);
    }
}
