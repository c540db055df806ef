package org.matchwise.imports;

import java.util.List;
import org.matchwise.AsUser;
import org.matchwise.applicant.BulkCreate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.matchwise.MatchwiseTest;
import org.matchwise.applicant.ApplicantService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;

@MatchwiseTest
class ImportRollbackTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicantService applicants;
    @Autowired
    UserDetailsService accounts;
    @MockitoSpyBean
    ApplicantStore store;

    @Test
    void a_write_that_fails_on_the_third_row_leaves_none_of_the_rows_before_it() throws Exception {
        // the bulk create writes (and flushes) the first two rows, then the connection "fails" on the third
        doAnswer(call -> {
            List<BulkCreate.NewApplicant> batch = call.getArgument(0);
            assertThat(store.createAll(batch.subList(0, 2))).isEmpty();
            throw new DataAccessResourceFailureException("connection lost");
        }).doCallRealMethod().when(store).createAll(any());
        Rosters roster = Rosters.roster();
        for (int i = 1; i <= 5; i++) {
            roster.row(i, "externalId", "CRASH-" + i);
        }

        mvc.perform(post("/api/v1/imports").with(httpBasic("admin@demo.example", "demo-admin"))
                        .contentType("text/csv").content(roster.bytes()))
                // a lost database connection is an outage: 503, so the client retries
                .andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("nothing was changed")));

        verify(store, times(2)).createAll(any());
        for (int i = 1; i <= 5; i++) {
            String id = "CRASH-" + i;
            assertThat(AsUser.call(accounts, "admin@demo.example", () -> applicants.findByExternalId(id))).isEmpty();
        }
    }
}
