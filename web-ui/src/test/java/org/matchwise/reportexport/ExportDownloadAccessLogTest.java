package org.matchwise.reportexport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.matchwise.AsUser;
import org.matchwise.MatchwiseTest;
import org.matchwise.applicant.ApplicantService;
import org.matchwise.audit.AccessLog;
import org.matchwise.security.AccountSetup;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Downloading a cohort export's ZIP (the office reports of every applicant in it) writes one access-log row per
 * applicant in the ZIP, for whoever downloads it, with where from; each download again. Same context as
 * {@link ExportJobTest} (same properties), so the two share one application context.
 */
@MatchwiseTest
class ExportDownloadAccessLogTest {

    static final RequestPostProcessor ADVISOR = httpBasic("advisor@demo.example", "demo-advisor");
    static final RequestPostProcessor ADMIN = httpBasic("admin@demo.example", "demo-admin");
    static final int YEAR = 2071; // a match year of its own (WorklistServiceTest counts the applicants of 2033)

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService accounts;
    @Autowired ApplicantService applicants;
    @Autowired AccountSetup setup;
    @Autowired AccessLog log;
    final JsonMapper json = JsonMapper.builder().build();

    private List<AccessLog.Row> downloadsOf(long applicantId) {
        return AsUser.call(accounts, "admin@demo.example", () -> log.search(new AccessLog.Query(applicantId, null,
                null, null), 0, 200, Locale.ENGLISH)).rows().stream().filter(r -> r.action().equals("DOWNLOAD_EXPORT")).toList();
    }

    @Test
    void a_zip_download_writes_one_row_per_applicant_in_it_for_the_downloader_and_again_for_each_download() throws Exception {
        ReportFixtures.otherSchool(setup);
        long first = ReportFixtures.create(accounts, applicants, "advisor@demo.example", ReportFixtures.profile("Lee", "Zipped", YEAR));
        long second = ReportFixtures.create(accounts, applicants, "advisor@demo.example", ReportFixtures.profile("Mo", "Zipped", YEAR));
        long elsewhere = ReportFixtures.create(accounts, applicants, "advisor@other.example",
                ReportFixtures.profile("Zed", "Elsewhere", YEAR));
        long jobId = json.readTree(mvc.perform(post("/api/v1/cohorts/" + YEAR + "/exports").with(ADVISOR))
                .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString()).get("id").asLong();
        waitUntilDone(jobId);

        mvc.perform(get("/api/v1/exports/" + jobId + "/file").with(ADMIN).header(HttpHeaders.USER_AGENT, "zip-fetcher/1.0"))
                .andExpect(status().isOk());

        for (long id : List.of(first, second)) {
            assertThat(downloadsOf(id)).singleElement().satisfies(r -> {
                assertThat(r.userName()).isEqualTo("Avery Admin");
                assertThat(r.detail()).isEqualTo("cohort export " + jobId);
                assertThat(r.clientIp()).isEqualTo("127.0.0.1");
                assertThat(r.userAgent()).isEqualTo("zip-fetcher/1.0");
            });
        }
        assertThat(AsUser.call(accounts, "admin@other.example", () -> log.search(new AccessLog.Query(elsewhere,
                null, null, null), 0, 200, Locale.ENGLISH)).rows()).noneMatch(r -> r.action().equals("DOWNLOAD_EXPORT"));

        mvc.perform(get("/api/v1/exports/" + jobId + "/file").with(ADVISOR)).andExpect(status().isOk());
        assertThat(downloadsOf(first)).hasSize(2);
    }

    private void waitUntilDone(long jobId) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
        while (Instant.now().isBefore(deadline)) {
            JsonNode job = json.readTree(mvc.perform(get("/api/v1/exports/" + jobId).with(ADVISOR))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
            String s = job.get("status").asString();
            if (s.equals("DONE")) {
                return;
            }
            assertThat(s).as(job.toString()).isNotEqualTo("FAILED");
            Thread.sleep(300);
        }
        throw new AssertionError("export " + jobId + " did not finish in time");
    }
}
