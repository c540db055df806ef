package org.matchwise.security;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.matchwise.MatchwiseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Signed in, pages are never stored by the browser or a proxy, and the API description is there
 * (README "Headers"); signed out it is not (SecurityHeadersOverHttpTest).
 */
@MatchwiseTest
class SecurityHeadersTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService accounts;

    @Test
    void a_signed_in_answer_of_the_ui_chain_is_sent_no_store_with_the_policy() throws Exception {
        // a page itself is Vaadin's servlet, which MockMvc has not (SecurityHeadersOverHttpTest and CspBrowserTest
        // look at pages); the headers come from the UI's security chain, whatever answers behind it
        mvc.perform(get("/v3/api-docs").with(user(accounts.loadUserByUsername("advisor@demo.example"))))
                .andExpect(header().string("Cache-Control", containsString("no-store")))
                .andExpect(header().string("Content-Security-Policy", containsString("object-src 'none'")))
                .andExpect(header().string("Referrer-Policy", "no-referrer"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
    }

    @Test
    void a_signed_in_user_reads_the_api_description() throws Exception {
        mvc.perform(get("/v3/api-docs").with(user(accounts.loadUserByUsername("advisor@demo.example"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/applicants']").exists());
    }

    @Test
    void a_signed_out_request_for_the_api_description_is_sent_to_sign_in() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().is3xxRedirection());
    }
}
