package org.matchwise.apitoken;

import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.matchwise.MatchwiseOwnContextTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;

/** {@code matchwise.api.basic-auth=false}: the API refuses HTTP Basic and offers only Bearer. */
@MatchwiseOwnContextTest
class BasicAuthOffTest {

    @Autowired MockMvc mvc;

    @Test
    void basic_is_refused_with_a_bearer_challenge_only() throws Exception {
        mvc.perform(get("/api/v1/me").with(httpBasic("advisor@demo.example", "demo-advisor")))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.error").value("unauthorized"))
                .andExpect(header().stringValues(HttpHeaders.WWW_AUTHENTICATE, hasItem(startsWith("Bearer"))))
                .andExpect(header().stringValues(HttpHeaders.WWW_AUTHENTICATE, not(hasItem(startsWith("Basic")))));
    }
}
