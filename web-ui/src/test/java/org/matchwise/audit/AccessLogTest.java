package org.matchwise.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.matchwise.MatchwiseTest;
import org.matchwise.account.Role;
import org.matchwise.applicant.ApplicantService;
import org.matchwise.plan.persistence.RemediationPlanRepository;
import org.matchwise.portal.PortalFixture;
import org.matchwise.portal.PortalPlanService;
import org.matchwise.portal.PortalService;
import org.matchwise.portal.PortalViews.UploadResult;
import org.matchwise.profile.json.ProfileJson;
import org.matchwise.security.AccountSetup;
import org.matchwise.security.persistence.UserRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The access log (issue 11, item 3): every read of an applicant's record writes a row (who, which applicant, what,
 * when, from where), on the surfaces that wrote nothing before too; admins read it page by page and as CSV, and nobody
 * else reads it.
 */
@MatchwiseTest
class AccessLogTest {

    static final RequestPostProcessor ADMIN = httpBasic("admin@demo.example", "demo-admin");
    static final RequestPostProcessor ADVISOR = httpBasic("advisor@demo.example", "demo-advisor");
    static final RequestPostProcessor OTHER_ADMIN = httpBasic("admin@accesslog-elsewhere.example", "elsewhere-admin-pw-1");
    static final String BROWSER = "Mozilla/5.0 (AccessLogTest)";
    static final byte[] PDF = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    static PortalFixture fixture;

    @Autowired MockMvc mvc;
    @Autowired AccessLog log;
    @Autowired ApplicantService applicants;
    @Autowired PortalPlanService plans;
    @Autowired PortalService portal;
    @Autowired ProfileJson profiles;
    @Autowired UserRepository users;
    final JsonMapper json = JsonMapper.builder().build();

    PortalFixture.Applicant cora;

    @BeforeAll
    static void setUp(@Autowired AccountSetup accounts, @Autowired UserDetailsService details,
            @Autowired ApplicantService applicants, @Autowired RemediationPlanRepository plans,
            @Autowired TransactionTemplate tx, @Autowired Clock clock) {
        fixture = new PortalFixture(accounts, details, applicants, plans, tx, clock);
        synchronized (AccessLogTest.class) {
            if (!accounts.schoolExists("Access Log Elsewhere School")) {
                accounts.createSchoolWithAccounts("Access Log Elsewhere School", List.of(new AccountSetup.NewAccount(
                        "admin@accesslog-elsewhere.example", "Elsa Elsewhere", Role.ADMIN, "elsewhere-admin-pw-1")));
            }
        }
    }

    @BeforeEach
    void applicant() {
        String email = "cora." + UUID.randomUUID().toString().substring(0, 8) + "@accesslog.example";
        cora = fixture.applicant(email, "Cora", "Logged");
    }

    private RequestPostProcessor asCora() {
        return httpBasic(cora.email(), PortalFixture.PASSWORD);
    }

    private List<AccessLog.Row> rowsOf(long applicantId) {
        return fixture.as("admin@demo.example", () -> log.search(new AccessLog.Query(applicantId, null, null, null), 0, 200,
                Locale.ENGLISH)).rows();
    }

    private long userId(String email) {
        return users.findByEmail(email).orElseThrow().getId();
    }

    @Test
    void reading_the_flags_writes_a_row_with_who_what_when_and_from_where() throws Exception {
        mvc.perform(get("/api/v1/applicants/" + cora.recordId() + "/flags").with(ADVISOR)
                .header(HttpHeaders.USER_AGENT, BROWSER)).andExpect(status().isOk());

        assertThat(rowsOf(cora.recordId())).filteredOn(r -> r.action().equals("VIEW_FLAGS")).first().satisfies(r -> {
            assertThat(r.userName()).isEqualTo("Alex Advisor");
            assertThat(r.applicantName()).isEqualTo("Cora Logged");
            assertThat(r.actionText()).isEqualTo("Viewed the flags");
            assertThat(r.clientIp()).isEqualTo("127.0.0.1");
            assertThat(r.userAgent()).isEqualTo(BROWSER);
            assertThat(r.at()).isNotNull();
        });
    }

    @Test
    void reading_the_record_of_disclosures_writes_a_row_for_office_staff_and_for_the_applicant() throws Exception {
        mvc.perform(get("/api/v1/applicants/" + cora.recordId() + "/disclosures").with(ADVISOR)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/applicants/" + cora.recordId() + "/disclosures").with(asCora())).andExpect(status().isOk());

        assertThat(rowsOf(cora.recordId())).filteredOn(r -> r.action().equals("VIEW_DISCLOSURES"))
                .extracting(AccessLog.Row::userId)
                .containsExactlyInAnyOrder(userId("advisor@demo.example"), userId(cora.email()));
    }

    @Test
    void an_applicant_reads_the_disclosures_of_their_own_reports_without_who_released_them_and_nobody_elses()
            throws Exception {
        mvc.perform(post("/api/v1/applicants/" + cora.recordId() + "/disclosures").with(ADVISOR)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"report\":\"READINESS\",\"recipient\":\"Program director, Example Children's\","
                                + "\"purpose\":\"Residency application\"}"))
                .andExpect(status().isCreated());
        PortalFixture.Applicant other = fixture.applicant("other." + UUID.randomUUID().toString().substring(0, 8)
                + "@accesslog.example", "Otis", "Other");

        mvc.perform(get("/api/v1/applicants/" + cora.recordId() + "/disclosures").with(asCora()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].recipient").value("Program director, Example Children's"))
                .andExpect(jsonPath("$[0].purpose").value("Residency application"))
                .andExpect(jsonPath("$[0].report").value("READINESS"))
                .andExpect(jsonPath("$[0].disclosedBy").doesNotExist())
                .andExpect(jsonPath("$[0].id").doesNotExist());
        mvc.perform(get("/api/v1/applicants/" + other.recordId() + "/disclosures").with(asCora()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/applicants/" + cora.recordId() + "/disclosures").with(asCora())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"report\":\"READINESS\",\"recipient\":\"me\","
                                + "\"purpose\":\"x\"}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void downloading_an_evidence_file_writes_a_row_for_the_downloader() {
        UploadResult stored = fixture.as(cora.email(), () -> plans.upload(cora.ownAction(), "nbme-score.pdf", PDF));
        String publicId = ((UploadResult.Stored) stored).file().publicId();

        assertThat(fixture.as("advisor@demo.example", () -> plans.download(publicId))).isPresent();

        assertThat(rowsOf(cora.recordId())).filteredOn(r -> r.action().equals("DOWNLOAD_EVIDENCE")).singleElement()
                .satisfies(r -> {
                    assertThat(r.userId()).isEqualTo(userId("advisor@demo.example"));
                    assertThat(r.detail()).isEqualTo("nbme-score.pdf");
                });
    }

    @Test
    void the_portals_plan_and_explanation_screens_write_rows_for_the_applicant() {
        fixture.as(cora.email(), () -> plans.myPlan());
        fixture.as(cora.email(), () -> portal.myDrafts());
        fixture.as(cora.email(), () -> portal.explainableFlags());

        assertThat(rowsOf(cora.recordId())).filteredOn(r -> r.userId() == userId(cora.email()))
                .extracting(AccessLog.Row::action).contains("VIEW_PLAN", "VIEW_DRAFTS", "VIEW_FLAGS");
    }

    @Test
    void an_import_preview_that_reads_a_stored_record_writes_a_row_for_it() throws Exception {
        var profile = fixture.as("advisor@demo.example", () -> applicants.get(cora.recordId())).profile();

        mvc.perform(post("/api/v1/imports?dryRun=true").with(ADMIN).contentType(MediaType.APPLICATION_JSON)
                        .content("[" + profiles.write(profile) + "]"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.outcome").value("PREVIEW"));

        assertThat(rowsOf(cora.recordId())).filteredOn(r -> r.action().equals("IMPORT_COMPARE")).singleElement()
                .satisfies(r -> assertThat(r.userId()).isEqualTo(userId("admin@demo.example")));
    }

    @Test
    void an_admin_reads_the_log_newest_first_page_by_page_filtered_by_applicant_user_and_days() throws Exception {
        mvc.perform(get("/api/v1/applicants/" + cora.recordId()).with(ADVISOR)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/applicants/" + cora.recordId() + "/assessment").with(ADVISOR)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/applicants/" + cora.recordId()).with(ADMIN)).andExpect(status().isOk());
        long advisor = userId("advisor@demo.example");
        String today = LocalDate.now().toString();

        String body = mvc.perform(get("/api/v1/access-log").with(ADMIN).param("applicant", String.valueOf(cora.recordId()))
                        .param("user", String.valueOf(advisor)).param("from", today).param("to", today).param("size", "1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.size").value(1))
                .andExpect(jsonPath("$.rows.length()").value(1))
                .andReturn().getResponse().getContentAsString();
        JsonNode page = json.readTree(body);
        assertThat(page.get("total").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(page.get("rows").get(0).get("userId").asLong()).isEqualTo(advisor);
        assertThat(page.get("rows").get(0).get("action").asString()).as("newest first").isEqualTo("VIEW_ASSESSMENT");
        assertThat(page.get("rows").get(0).get("applicantName").asString()).isEqualTo("Cora Logged");

        mvc.perform(get("/api/v1/access-log").with(ADMIN).param("applicant", String.valueOf(cora.recordId()))
                        .param("to", LocalDate.now().minusDays(1).toString()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/v1/access-log").with(ADMIN).param("from", "yesterday"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[0].path").value("from"));
    }

    @Test
    void the_csv_export_lists_the_rows_with_names_and_guards_cells_against_formula_injection() throws Exception {
        mvc.perform(get("/api/v1/applicants/" + cora.recordId()).with(ADVISOR)
                .header(HttpHeaders.USER_AGENT, "=HYPERLINK(\"http://evil.example\")")).andExpect(status().isOk());

        String csv = mvc.perform(get("/api/v1/access-log.csv").with(ADMIN).param("applicant", String.valueOf(cora.recordId())))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("text/csv")))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("access-log.csv")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(csv.lines().findFirst().orElseThrow()).isEqualTo(String.join(",", AccessLog.CSV_COLUMNS));
        assertThat(csv).contains("Alex Advisor", "Cora Logged", "Viewed the profile", "'=HYPERLINK(")
                .doesNotContain(",=HYPERLINK");
    }

    @Test
    void advisors_and_applicants_cannot_read_the_log_and_another_schools_admin_sees_none_of_these_rows() throws Exception {
        mvc.perform(get("/api/v1/applicants/" + cora.recordId()).with(ADVISOR)).andExpect(status().isOk());

        mvc.perform(get("/api/v1/access-log").with(ADVISOR)).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/access-log").with(asCora())).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/access-log.csv").with(ADVISOR)).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/access-log").with(OTHER_ADMIN).param("applicant", String.valueOf(cora.recordId())))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(0));
        assertThatThrownBy(() -> fixture.as("advisor@demo.example", () -> log.search(AccessLog.Query.all(), 0, 10,
                Locale.ENGLISH))).isInstanceOf(AccessDeniedException.class);
    }
}
