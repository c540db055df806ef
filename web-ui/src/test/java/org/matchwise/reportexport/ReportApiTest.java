package org.matchwise.reportexport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.ResourceBundle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.matchwise.AsUser;
import org.matchwise.MatchwiseTest;
import org.matchwise.applicant.ApplicantService;
import org.matchwise.flags.FlagStatus;
import org.matchwise.applicant.ApplicantViews.FlagView;
import org.matchwise.applicant.FlagService;
import org.matchwise.applicant.SaveResult;
import org.matchwise.audit.AccessLog;
import org.matchwise.flags.FlagCategory;
import org.matchwise.note.persistence.AdvisingNoteRepository;
import org.matchwise.security.AccountSetup;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The report PDFs per role, read back with PDFBox, from data stored through the real services. */
@MatchwiseTest
class ReportApiTest {

    static final RequestPostProcessor ADMIN = httpBasic("admin@demo.example", "demo-admin");
    static final RequestPostProcessor ADVISOR = httpBasic("advisor@demo.example", "demo-advisor");
    static final RequestPostProcessor APPLICANT = httpBasic("applicant@demo.example", "demo-applicant");
    static final RequestPostProcessor OTHER_ADVISOR = httpBasic("advisor@other.example", "other-advisor-pw-1");
    static final String NAME = "Łucja Ñúñez-Øberg";

    private static final ResourceBundle REPORT_TEXT = ResourceBundle.getBundle("org.matchwise.reports.messages");

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService accounts;
    @Autowired ApplicantService applicants;
    @Autowired FlagService flags;
    @Autowired AdvisingNoteRepository notes;
    @Autowired AccountSetup setup;
    @Autowired AccessLog accessLog;

    /** Łucja: professionalism event, leave of absence, notes; the office's reports are checked on her. */
    static Long office;
    /** The record linked to the demo applicant account (the demo cohort links one; else Łucja). */
    static Long own;
    static String ownName;
    static Long unlinked;

    @BeforeEach
    void data() {
        ReportFixtures.otherSchool(setup);
        if (office == null) {
            long id = ReportFixtures.create(accounts, applicants, "advisor@demo.example",
                    ReportFixtures.profile("Łucja", "Ñúñez-Øberg", 2027));
            ReportFixtures.notes(accounts, notes, id);
            Long mine = AsUser.call(accounts, "applicant@demo.example", () -> applicants.myRecordId().orElse(null));
            if (mine == null) {
                SaveResult link = AsUser.call(accounts, "admin@demo.example",
                        () -> applicants.linkAccount(id, "applicant@demo.example"));
                assertThat(link).isInstanceOf(SaveResult.Saved.class);
                mine = id;
            } else {
                ReportFixtures.notes(accounts, notes, mine);
            }
            long ownId = mine;
            ownName = AsUser.call(accounts, "advisor@demo.example", () -> applicants.get(ownId)).profile().name().full();
            own = ownId;
            office = id;
            unlinked = ReportFixtures.create(accounts, applicants, "advisor@demo.example",
                    ReportFixtures.profile("Bo", "Other", 2027));
        }
    }

    private byte[] pdf(String url, RequestPostProcessor who) throws Exception {
        return mvc.perform(get(url).with(who))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", MediaType.APPLICATION_PDF_VALUE))
                .andReturn().getResponse().getContentAsByteArray();
    }

    private List<FlagView> openFlags(long id) {
        return AsUser.call(accounts, "advisor@demo.example", () -> flags.flags(id)).stream()
                .filter(f -> f.state() != FlagStatus.CLOSED).toList();
    }

    @Test
    void an_advisor_downloads_the_progress_summary_naming_the_applicant_and_every_open_flag_with_private_notes() throws Exception {
        var response = mvc.perform(get("/api/v1/applicants/" + office + "/reports/progress.pdf").with(ADVISOR))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", MediaType.APPLICATION_PDF_VALUE))
                .andReturn().getResponse();
        String disposition = response.getHeader("Content-Disposition");
        assertThat(disposition).startsWith("attachment;")
                .contains("filename=\"progress-summary-nunez-oberg-lucja-" + office + ".pdf\"");
        String text = ReportFixtures.text(response.getContentAsByteArray());

        assertThat(text).contains(NAME);
        List<FlagView> open = openFlags(office);
        assertThat(open).extracting(FlagView::category).contains(FlagCategory.EXAM_FAILURE, FlagCategory.PROFESSIONALISM,
                FlagCategory.LEAVE_OF_ABSENCE);
        for (FlagView flag : open) {
            assertThat(text).as("open flag %s", flag.rule()).contains(ReportFixtures.oneLine(flag.message()));
        }
        assertThat(text).contains(ReportFixtures.SHARED_NOTE).contains(ReportFixtures.PRIVATE_NOTE)
                .contains(ReportFixtures.PROFESSIONALISM);
    }

    @Test
    void the_readiness_report_states_the_stored_verdict_every_reason_and_the_disclaimer() throws Exception {
        var assessment = AsUser.call(accounts, "advisor@demo.example", () -> applicants.assessment(office));
        String text = ReportFixtures.text(pdf("/api/v1/applicants/" + office + "/reports/readiness.pdf", ADMIN));

        assertThat(text).contains(NAME)
                .contains(ReportFixtures.oneLine(REPORT_TEXT.getString("readiness.verdict." + assessment.readiness().verdict())))
                .contains(REPORT_TEXT.getString("report.disclaimer"));
        for (var reason : assessment.readiness().reasons()) {
            if (reason.rule() != null && reason.severity() != null) {
                assertThat(text).as("reason %s", reason.rule()).contains(ReportFixtures.oneLine(reason.text()));
            }
        }
        assertThat(text).contains("version " + assessment.ruleSet().version());
        assertThat(text).as("evidence names outcomes and statuses in words, never as codes")
                .doesNotContainPattern("\\b(PASS|FAIL|SCHEDULED|IDENTIFIED|REQUESTED|PROMISED|RECEIVED|UPLOADED|UNMATCHED|HEALTH)\\b")
                .containsPattern(": (pass|fail|scheduled)");
    }

    @Test
    void the_applicant_gets_only_the_applicant_copy_of_their_own_reports_without_private_notes() throws Exception {
        String text = ReportFixtures.text(pdf("/api/v1/applicants/" + own + "/reports/progress.pdf?variant=applicant",
                APPLICANT));
        assertThat(text).contains(ownName).contains(ReportFixtures.SHARED_NOTE)
                .doesNotContain(ReportFixtures.PRIVATE_NOTE)
                .doesNotContain(ReportFixtures.PROFESSIONALISM);
        String readiness = ReportFixtures.text(pdf("/api/v1/applicants/" + own + "/reports/readiness.pdf", APPLICANT));
        assertThat(readiness).contains(ownName).contains(REPORT_TEXT.getString("report.disclaimer"))
                .doesNotContain(ReportFixtures.PRIVATE_NOTE);

        mvc.perform(get("/api/v1/applicants/" + own + "/reports/progress.pdf?variant=office").with(APPLICANT))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/applicants/" + unlinked + "/reports/progress.pdf?variant=applicant").with(APPLICANT))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/applicants/" + unlinked + "/reports/readiness.pdf?variant=office").with(APPLICANT))
                .andExpect(status().isNotFound());
    }

    @Test
    void an_advisor_of_another_school_gets_404_for_both_reports() throws Exception {
        mvc.perform(get("/api/v1/applicants/" + office + "/reports/progress.pdf").with(OTHER_ADVISOR))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.error").value("not_found"));
        mvc.perform(get("/api/v1/applicants/" + office + "/reports/readiness.pdf?variant=applicant").with(OTHER_ADVISOR))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/applicants/" + office + "/reports/readiness.pdf")).andExpect(status().isUnauthorized());
    }

    @Test
    void an_office_copy_of_the_applicant_variant_leaves_out_private_notes_too() throws Exception {
        String text = ReportFixtures.text(pdf("/api/v1/applicants/" + office + "/reports/progress.pdf?variant=applicant",
                ADVISOR));
        assertThat(text).contains(ReportFixtures.SHARED_NOTE).doesNotContain(ReportFixtures.PRIVATE_NOTE)
                .doesNotContain(ReportFixtures.PROFESSIONALISM);
    }

    @Test
    void every_report_download_is_written_to_the_access_log() throws Exception {
        pdf("/api/v1/applicants/" + unlinked + "/reports/readiness.pdf", ADVISOR);
        var log = AsUser.call(accounts, "admin@demo.example", () -> accessLog.ofApplicant(unlinked));
        assertThat(log).extracting(AccessLog.Entry::action).contains("EXPORT_REPORT");
    }

    @Test
    void a_release_outside_the_office_is_recorded_as_a_disclosure_with_recipient_and_purpose() throws Exception {
        byte[] pdf = mvc.perform(get("/api/v1/applicants/" + unlinked + "/reports/readiness.pdf").with(ADVISOR)
                        .param("variant", "applicant").param("recipient", "Program director, Example Pediatrics")
                        .param("purpose", "Letter of support"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(ReportFixtures.isPdf(pdf)).isTrue();
        mvc.perform(post("/api/v1/applicants/" + unlinked + "/disclosures").with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"report\":\"PROGRESS\",\"variant\":\"office\",\"recipient\":\"Visa sponsor\",\"purpose\":\"J-1 file\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.recipient").value("Visa sponsor"));

        mvc.perform(get("/api/v1/applicants/" + unlinked + "/disclosures").with(ADVISOR))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].report").value("READINESS"))
                .andExpect(jsonPath("$[0].variant").value("APPLICANT"))
                .andExpect(jsonPath("$[0].recipient").value("Program director, Example Pediatrics"))
                .andExpect(jsonPath("$[0].purpose").value("Letter of support"))
                .andExpect(jsonPath("$[0].disclosedAt").exists())
                .andExpect(jsonPath("$[1].report").value("PROGRESS"));

        mvc.perform(post("/api/v1/applicants/" + unlinked + "/disclosures").with(ADVISOR)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"report\":\"PROGRESS\",\"recipient\":\"X\"}"))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post("/api/v1/applicants/" + office + "/disclosures").with(APPLICANT)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"report\":\"PROGRESS\",\"recipient\":\"X\",\"purpose\":\"Y\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/applicants/" + unlinked + "/disclosures").with(OTHER_ADVISOR))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/applicants/" + unlinked + "/reports/progress.pdf?recipient=Someone").with(ADVISOR))
                .andExpect(status().isBadRequest());

        // the record of disclosures keeps what was typed whole: a recipient longer than its column is refused, not cut
        String longRecipient = "Program director, " + "Example Pediatrics ".repeat(20);
        mvc.perform(post("/api/v1/applicants/" + unlinked + "/disclosures").with(ADVISOR)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"report\":\"PROGRESS\",\"recipient\":\"" + longRecipient + "\",\"purpose\":\"Y\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[0].path").value("recipient"))
                .andExpect(jsonPath("$.problems[0].reason").value(org.hamcrest.Matchers.containsString("at most 300")));
        mvc.perform(get("/api/v1/applicants/" + unlinked + "/reports/progress.pdf").with(ADVISOR)
                        .param("recipient", "Visa sponsor").param("purpose", "x".repeat(1001)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("purpose is 1001 characters")));
        mvc.perform(get("/api/v1/applicants/" + unlinked + "/disclosures").with(ADVISOR))
                .andExpect(jsonPath("$.length()").value(2));
    }
}
