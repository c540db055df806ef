package org.matchwise.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.matchwise.MatchwiseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@MatchwiseTest
class ApiSecurityTest {

    @Autowired
    MockMvc mvc;

    @ParameterizedTest(name = "{0} sees their own role on /api/v1/me")
    @CsvSource({"admin@demo.example,demo-admin,ADMIN", "advisor@demo.example,demo-advisor,ADVISOR",
        "applicant@demo.example,demo-applicant,APPLICANT"})
    void every_role_may_ask_who_it_is(String email, String password, String role) throws Exception {
        mvc.perform(get("/api/v1/me").with(httpBasic(email, password)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.email").value(email))
                .andExpect(jsonPath("$.role").value(role))
                .andExpect(jsonPath("$.school").value("Demo School of Medicine"));
    }

    @Test
    void an_anonymous_call_is_refused_with_a_json_401() throws Exception {
        mvc.perform(get("/api/v1/me"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Basic")))
                .andExpect(jsonPath("$.error").value("unauthorized"));
    }

    @Test
    void the_api_keeps_no_session() throws Exception {
        mvc.perform(get("/api/v1/me").with(httpBasic("advisor@demo.example", "demo-advisor")))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist("Set-Cookie"));
    }

    @Test
    void an_admin_may_list_the_users_of_the_school() throws Exception {
        mvc.perform(get("/api/v1/users").with(httpBasic("admin@demo.example", "demo-admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.email == 'advisor@demo.example')].role").value("ADVISOR"));
    }

    @ParameterizedTest(name = "{0} may not list users")
    @CsvSource({"advisor@demo.example,demo-advisor", "applicant@demo.example,demo-applicant"})
    void advisors_and_applicants_may_not_list_users(String email, String password) throws Exception {
        mvc.perform(get("/api/v1/users").with(httpBasic(email, password)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.error").value("forbidden"));
    }

    @Test
    void health_is_open_for_container_checks() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
    }
}
