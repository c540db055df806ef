package org.matchwise.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.matchwise.MatchwiseTest;
import org.matchwise.security.AccountSetup.NewAccount;
import org.matchwise.account.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@MatchwiseTest
class LoginLimitTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountSetup setup;

    private void account(String email, String password) {
        setup.createSchoolWithAccounts("Limit School", List.of(new NewAccount(email, "Lim It", Role.ADVISOR, password)));
    }

    @Test
    void five_wrong_passwords_lock_the_account_even_against_the_right_one() throws Exception {
        account("locked@limit.example", "right-password-123");
        for (int i = 0; i < 5; i++) {
            mvc.perform(get("/api/v1/me").with(httpBasic("locked@limit.example", "wrong")))
                    .andExpect(status().isUnauthorized());
        }

        mvc.perform(get("/api/v1/me").with(httpBasic("locked@limit.example", "right-password-123")))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void four_wrong_passwords_then_the_right_one_signs_in_and_resets_the_count() throws Exception {
        account("careful@limit.example", "right-password-123");
        for (int i = 0; i < 4; i++) {
            mvc.perform(get("/api/v1/me").with(httpBasic("careful@limit.example", "wrong")));
        }
        mvc.perform(get("/api/v1/me").with(httpBasic("careful@limit.example", "right-password-123")))
                .andExpect(status().isOk());
        for (int i = 0; i < 4; i++) {
            mvc.perform(get("/api/v1/me").with(httpBasic("careful@limit.example", "wrong")));
        }
        mvc.perform(get("/api/v1/me").with(httpBasic("careful@limit.example", "right-password-123")))
                .andExpect(status().isOk());
    }

    @Test
    void an_unknown_email_and_a_wrong_password_get_the_same_answer() throws Exception {
        account("known@limit.example", "right-password-123");
        String unknown = mvc.perform(get("/api/v1/me").with(httpBasic("nobody@limit.example", "whatever")))
                .andExpect(status().isUnauthorized()).andReturn().getResponse().getContentAsString();
        String wrong = mvc.perform(get("/api/v1/me").with(httpBasic("known@limit.example", "whatever")))
                .andExpect(status().isUnauthorized()).andReturn().getResponse().getContentAsString();

        // the same problem, but for the request id each request may carry
        var json = tools.jackson.databind.json.JsonMapper.builder().build();
        var unknownBody = (tools.jackson.databind.node.ObjectNode) json.readTree(unknown);
        var wrongBody = (tools.jackson.databind.node.ObjectNode) json.readTree(wrong);
        unknownBody.remove("requestId");
        wrongBody.remove("requestId");
        assertThat(unknownBody).isEqualTo(wrongBody);
    }

    @Test
    void the_login_form_sends_unknown_emails_and_wrong_passwords_to_the_same_error_page() throws Exception {
        account("form@limit.example", "right-password-123");
        mvc.perform(formLogin("/login").user("nobody@limit.example").password("x"))
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(formLogin("/login").user("form@limit.example").password("x"))
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(formLogin("/login").user("form@limit.example").password("right-password-123"))
                .andExpect(status().is3xxRedirection())
                .andExpect(result -> assertThat(result.getResponse().getRedirectedUrl()).doesNotContain("error"));
    }

    /**
     * The UI chain keeps CSRF protection for state-changing form posts. (Vaadin's own UIDL requests carry
     * Vaadin's CSRF token, and Vaadin exempts its login form post, which cannot carry Spring's token.)
     */
    @Test
    void a_logout_post_without_csrf_token_is_refused() throws Exception {
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/logout")
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .user("advisor@demo.example").roles("ADVISOR")))
                .andExpect(status().isForbidden());
    }
}
