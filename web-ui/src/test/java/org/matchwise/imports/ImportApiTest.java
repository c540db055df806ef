package org.matchwise.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.matchwise.imports.Rosters.roster;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.matchwise.AsUser;
import org.matchwise.MatchwiseTest;
import org.matchwise.applicant.ApplicantService;
import org.matchwise.applicant.ApplicantViews.ApplicantRecord;
import org.matchwise.audit.AccessLog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@MatchwiseTest
class ImportApiTest {

    private static final String ADMIN = "admin@demo.example";

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicantService applicants;
    @Autowired
    AccessLog accessLog;
    @Autowired
    UserDetailsService accounts;

    private ResultActions postCsv(String csv, String query) throws Exception {
        return mvc.perform(post("/api/v1/imports" + query).with(httpBasic(ADMIN, "demo-admin"))
                .contentType("text/csv").content(csv.getBytes(StandardCharsets.UTF_8)));
    }

    private ResultActions postJson(String json, String query) throws Exception {
        return mvc.perform(post("/api/v1/imports" + query).with(httpBasic(ADMIN, "demo-admin"))
                .contentType(MediaType.APPLICATION_JSON).content(json.getBytes(StandardCharsets.UTF_8)));
    }

    private Optional<ApplicantRecord> find(String externalId) {
        return AsUser.call(accounts, ADMIN, () -> applicants.findByExternalId(externalId));
    }

    /** A roster of {@code count} rows whose externalIds start with {@code prefix} (tests share one database). */
    private static String rosterOf(String prefix, int count) {
        Rosters r = roster();
        for (int i = 1; i <= count; i++) {
            r.row(i, "externalId", prefix + i);
        }
        return r.csv();
    }

    @Test
    void a_valid_roster_creates_every_applicant_and_answers_the_counts() throws Exception {
        postCsv(rosterOf("CREATE-", 3), "")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.outcome").value("IMPORTED"))
                .andExpect(jsonPath("$.created").value(3))
                .andExpect(jsonPath("$.updated").value(0))
                .andExpect(jsonPath("$.unchanged").value(0))
                .andExpect(jsonPath("$.rows", hasSize(3)))
                .andExpect(jsonPath("$.rows[0].row").value(2))
                .andExpect(jsonPath("$.rows[0].action").value("CREATE"));

        assertThat(find("CREATE-2")).get().satisfies(r -> {
            assertThat(r.profile().name().given()).isEqualTo("Given2");
            assertThat(r.profile().matchYear()).isEqualTo(2027);
        });
    }

    @Test
    void importing_the_same_roster_twice_changes_nothing_not_even_a_new_history_revision() throws Exception {
        String csv = rosterOf("TWICE-", 3);
        postCsv(csv, "").andExpect(status().isOk());
        long version = find("TWICE-1").orElseThrow().version();
        long id = find("TWICE-1").orElseThrow().id();
        int revisions = AsUser.call(accounts, ADMIN, () -> applicants.history(id).changes().size());

        postCsv(csv, "")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(0))
                .andExpect(jsonPath("$.updated").value(0))
                .andExpect(jsonPath("$.unchanged").value(3));

        assertThat(find("TWICE-1").orElseThrow().version()).isEqualTo(version);
        assertThat(AsUser.call(accounts, ADMIN, () -> applicants.history(id).changes().size())).isEqualTo(revisions);
    }

    @Test
    void a_changed_roster_row_updates_only_that_applicant_and_keeps_its_exams_and_cycles() throws Exception {
        String profile = JsonBatchTest.profile("KEEP-1", ", \"email\": \"r1@example.org\", \"exams\": [{\"exam\": "
                + "\"USMLE_STEP1\", \"date\": \"2019-06-10\", \"outcome\": \"PASS\"}], \"cycles\": [{\"matchYear\": 2026, "
                + "\"outcome\": \"UNMATCHED\", \"specialties\": [{\"specialty\": \"MED_PEDS\", \"programsApplied\": 35}]}]");
        postJson("[" + profile + "]", "?advisorEmail=advisor@demo.example").andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(1));

        postCsv(roster().row(1, "externalId", "KEEP-1", "givenName", "Dana", "familyName", "Reyes-Ortiz")
                .row(2, "externalId", "KEEP-2").csv(), "")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(1))
                .andExpect(jsonPath("$.updated").value(1))
                .andExpect(jsonPath("$.rows[0].action").value("UPDATE"));

        ApplicantRecord kept = find("KEEP-1").orElseThrow();
        assertThat(kept.profile().name().family()).isEqualTo("Reyes-Ortiz");
        assertThat(kept.profile().exams()).hasSize(1);
        assertThat(kept.profile().cycles()).hasSize(1);
    }

    @Test
    void a_roster_with_one_bad_date_answers_422_names_row_3_column_graduationDate_and_writes_nothing() throws Exception {
        String csv = roster().row(1, "externalId", "BAD-1").row(2, "externalId", "BAD-2", "graduationDate", "2024-13-01")
                .row(3, "externalId", "BAD-3").csv();

        postCsv(csv, "")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.outcome").value("REJECTED_ROWS"))
                .andExpect(jsonPath("$.problems", hasSize(1)))
                .andExpect(jsonPath("$.problems[0].row").value(3))
                .andExpect(jsonPath("$.problems[0].column").value("graduationDate"))
                .andExpect(jsonPath("$.problems[0].message").value(containsString("2024-13-01")));

        assertThat(find("BAD-1")).isEmpty();
        assertThat(find("BAD-3")).isEmpty();
    }

    @Test
    void a_dry_run_previews_every_row_and_every_error_and_writes_nothing() throws Exception {
        postCsv(rosterOf("DRY-", 2), "?dryRun=true")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.outcome").value("PREVIEW"))
                .andExpect(jsonPath("$.dryRun").value(true))
                .andExpect(jsonPath("$.created").value(2))
                .andExpect(jsonPath("$.rows[1].externalId").value("DRY-2"));
        assertThat(find("DRY-1")).isEmpty();

        postCsv(roster().row(1, "externalId", "DRY-9", "applicantType", "IMG", "visa", "F1").csv(), "?dryRun=true")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.outcome").value("REJECTED_ROWS"))
                .andExpect(jsonPath("$.problems", hasSize(2)));
    }

    @Test
    void a_header_that_does_not_match_answers_400_naming_each_column() throws Exception {
        postCsv(Rosters.HEADER.replace("advisorEmail", "advisor") + "\r\nx\r\n", "")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.outcome").value("REJECTED_FILE"))
                .andExpect(jsonPath("$.problems[?(@.column == 'advisor')].row").value(1))
                .andExpect(jsonPath("$.problems[?(@.column == 'advisorEmail')].message").value("Missing column."));
    }

    @Test
    void an_advisor_of_another_school_or_a_stranger_is_refused_on_the_advisorEmail_column() throws Exception {
        postCsv(roster().row(1, "externalId", "ADV-1", "advisorEmail", "nobody@demo.example")
                .row(2, "externalId", "ADV-2", "advisorEmail", "applicant@demo.example").csv(), "")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.problems[0].row").value(2))
                .andExpect(jsonPath("$.problems[0].column").value("advisorEmail"))
                .andExpect(jsonPath("$.problems[1].row").value(3))
                .andExpect(jsonPath("$.problems[1].column").value("advisorEmail"));
    }

    @Test
    void a_json_file_uploaded_as_multipart_reports_a_bad_outcome_at_index_3_exams_0_outcome() throws Exception {
        String bad = JsonBatchTest.profile("MJ-4", ", \"exams\": [{\"exam\": \"USMLE_STEP1\", \"date\": \"2019-06-10\", "
                + "\"outcome\": \"MAYBE\"}]");
        String json = "[" + JsonBatchTest.profile("MJ-1", "") + "," + JsonBatchTest.profile("MJ-2", "") + ","
                + JsonBatchTest.profile("MJ-3", "") + "," + bad + "]";
        MockMultipartFile file = new MockMultipartFile("file", "profiles.json", "application/json",
                json.getBytes(StandardCharsets.UTF_8));

        mvc.perform(multipart("/api/v1/imports").file(file).param("advisorEmail", "advisor@demo.example")
                        .with(httpBasic(ADMIN, "demo-admin")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.problems", hasSize(1)))
                .andExpect(jsonPath("$.problems[0].path").value("[3].exams[0].outcome"))
                .andExpect(jsonPath("$.problems[0].row").value(3))
                .andExpect(jsonPath("$.problems[0].column").value("exams[0].outcome"));
        assertThat(find("MJ-1")).isEmpty();
    }

    @Test
    void a_multipart_csv_file_is_imported_by_its_content_type_or_its_file_name() throws Exception {
        MockMultipartFile file = new MockMultipartFile("file", "roster.csv", "application/octet-stream",
                rosterOf("MP-", 2).getBytes(StandardCharsets.UTF_8));

        mvc.perform(multipart("/api/v1/imports").file(file).with(httpBasic(ADMIN, "demo-admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.format").value("CSV"))
                .andExpect(jsonPath("$.created").value(2));
    }

    @Test
    void new_json_applicants_need_an_advisor_named_in_the_request() throws Exception {
        postJson("[" + JsonBatchTest.profile("NOADV-1", "") + "]", "")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.problems[0].path").value("[0].externalId"));
    }

    @Test
    void a_body_that_is_neither_csv_nor_json_is_refused_with_415() throws Exception {
        mvc.perform(post("/api/v1/imports").with(httpBasic(ADMIN, "demo-admin"))
                        .contentType(MediaType.TEXT_PLAIN).content("hello"))
                .andExpect(status().isUnsupportedMediaType());
    }

    @ParameterizedTest(name = "{0} may not import")
    @CsvSource({"advisor@demo.example,demo-advisor", "applicant@demo.example,demo-applicant"})
    void only_admins_may_import(String email, String password) throws Exception {
        mvc.perform(post("/api/v1/imports").with(httpBasic(email, password))
                        .contentType("text/csv").content(rosterOf("DENIED-", 1)))
                .andExpect(status().isForbidden());
        assertThat(find("DENIED-1")).isEmpty();
    }

    @Test
    void an_advisor_exports_the_cohort_as_utf8_csv_with_formula_cells_quoted_and_each_export_logged() throws Exception {
        postCsv(roster().row(1, "externalId", "EXP-1", "givenName", "=cmd|' /C calc'!A0", "familyName", "Ñúñez-Øberg",
                "matchYear", "2031").csv(), "").andExpect(status().isOk());
        long id = find("EXP-1").orElseThrow().id();

        byte[] body = mvc.perform(get("/api/v1/cohorts/2031/export.csv")
                        .with(httpBasic("advisor@demo.example", "demo-advisor")))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andExpect(header().string("Content-Disposition", containsString("cohort-2031.csv")))
                .andReturn().getResponse().getContentAsByteArray();

        String csv = new String(body, StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF" + Rosters.HEADER + "\r\n");
        assertThat(csv).contains("EXP-1,'=cmd|' /C calc'!A0,Ñúñez-Øberg,");
        assertThat(csv.lines()).hasSize(2);
        assertThat(AsUser.call(accounts, ADMIN, () -> accessLog.ofApplicant(id)))
                .anySatisfy(e -> assertThat(e.action()).isEqualTo("EXPORT_PROFILE"));
    }

    @Test
    void an_exported_cohort_imports_back_unchanged() throws Exception {
        postCsv(roster().row(1, "externalId", "RT-1", "givenName", "-Ann", "matchYear", "2032")
                .row(2, "externalId", "RT-2", "matchYear", "2032").csv(), "").andExpect(status().isOk());
        byte[] exported = mvc.perform(get("/api/v1/cohorts/2032/export.csv").with(httpBasic(ADMIN, "demo-admin")))
                .andReturn().getResponse().getContentAsByteArray();

        mvc.perform(post("/api/v1/imports").with(httpBasic(ADMIN, "demo-admin")).contentType("text/csv").content(exported))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unchanged").value(2))
                .andExpect(jsonPath("$.updated").value(0));
    }

    @Test
    void an_applicant_may_not_export_a_cohort() throws Exception {
        mvc.perform(get("/api/v1/cohorts/2027/export.csv").with(httpBasic("applicant@demo.example", "demo-applicant")))
                .andExpect(status().isForbidden());
    }

    @Test
    void the_roster_template_downloads_as_csv_with_the_header_and_an_example_row() throws Exception {
        String body = mvc.perform(get("/api/v1/imports/template").with(httpBasic(ADMIN, "demo-admin")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("matchwise-roster-template.csv")))
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(body.lines().toList()).hasSize(2);
        assertThat(body).startsWith(String.join(",", RosterColumns.ALL) + "\r\n");
        mvc.perform(get("/api/v1/imports/template").with(httpBasic("advisor@demo.example", "demo-advisor")))
                .andExpect(status().isForbidden());
    }

    @Test
    void a_roster_in_labels_of_any_case_imports_like_one_in_codes_and_the_preview_has_every_column() throws Exception {
        postCsv(roster().row(1, "externalId", "LBL-1", "applicantType", "us md graduate", "visa", "No visa",
                        "targetSpecialties", "internal medicine;Med-Peds").csv(), "?dryRun=true")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.outcome").value("PREVIEW"))
                .andExpect(jsonPath("$.rows[0].applicantType").value("US_MD"))
                .andExpect(jsonPath("$.rows[0].visa").value("NONE"))
                .andExpect(jsonPath("$.rows[0].targetSpecialties[0]").value("INTERNAL_MEDICINE"))
                .andExpect(jsonPath("$.rows[0].targetSpecialties[1]").value("MED_PEDS"))
                .andExpect(jsonPath("$.rows[0].email").value("r1@example.org"))
                .andExpect(jsonPath("$.rows[0].medicalSchool").value("St. George's University School of Medicine"))
                .andExpect(jsonPath("$.rows[0].country").value("GD"))
                .andExpect(jsonPath("$.rows[0].graduationDate").value("2024-05-30"))
                .andExpect(jsonPath("$.rows[0].advisorEmail").value("advisor@demo.example"));
    }
}
