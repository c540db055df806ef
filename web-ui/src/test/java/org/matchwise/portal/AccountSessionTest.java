package org.matchwise.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.matchwise.MatchwiseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** Sessions of the signed-in UI: the user kept in the session, invalidated at sign-out, ended after 30 idle minutes. */
@MatchwiseTest
class AccountSessionTest {

    @Autowired MockMvc mvc;
    @Autowired Environment environment;

    @Test
    void signing_in_stores_the_user_in_the_session_and_signing_out_invalidates_it() throws Exception {
        // the new session id at sign-in is checked against the real server in e2e.PortalEndToEndTest (JSESSIONID
        // before and after); MockMvc's mock session does not show Tomcat's id change
        MockHttpSession session = new MockHttpSession();

        var login = mvc.perform(post("/login").param("username", "applicant@demo.example")
                        .param("password", "demo-applicant").with(csrf()).session(session))
                .andExpect(status().is3xxRedirection()).andReturn();
        String redirect = login.getResponse().getRedirectedUrl();
        assertThat(redirect).as("signed in, not sent back with an error").doesNotContain("error");

        var signedIn = (MockHttpSession) login.getRequest().getSession(false);
        assertThat(signedIn).isNotNull();
        assertThat(signedIn.getAttribute("SPRING_SECURITY_CONTEXT")).as("signed in (redirect to " + redirect + ")")
                .isNotNull();

        mvc.perform(post("/logout").with(csrf()).session(signedIn)).andExpect(status().is3xxRedirection());

        assertThat(signedIn.isInvalid()).as("sign-out ends the session").isTrue();
    }

    @Test
    void a_failed_sign_in_creates_no_signed_in_session() throws Exception {
        MockHttpSession session = new MockHttpSession();

        mvc.perform(post("/login").param("username", "applicant@demo.example").param("password", "wrong password!")
                .with(csrf()).session(session)).andExpect(status().is3xxRedirection());

        assertThat(session.getAttribute("SPRING_SECURITY_CONTEXT")).isNull();
    }

    @Test
    void an_idle_session_ends_after_30_minutes() {
        assertThat(Binder.get(environment).bind("server.servlet.session.timeout", Duration.class).get())
                .isEqualTo(Duration.ofMinutes(30));
    }
}
