package org.matchwise.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.matchwise.MatchwiseTest;
import org.matchwise.applicant.ApplicantService;
import org.matchwise.applicant.Exam;
import org.matchwise.applicant.ExamAttempt;
import org.matchwise.explanation.Placement;
import org.matchwise.flags.FlagCategory;
import org.matchwise.plan.persistence.RemediationPlanRepository;
import org.matchwise.portal.PortalFixture.Applicant;
import org.matchwise.portal.PortalViews.ActionResult;
import org.matchwise.portal.PortalViews.DraftResult;
import org.matchwise.portal.PortalViews.UploadResult;
import org.matchwise.remediation.ActionStatus;
import org.matchwise.security.AccountSetup;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An applicant reaches only their own record: through the portal services (which never take a record id),
 * through the REST API with another applicant's id, and through evidence download addresses.
 */
@MatchwiseTest
class PortalAccessTest {

    /** The smallest PDF header Tika recognises, a PNG signature, and HTML pretending to be a PDF. */
    static final byte[] PDF = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1,
        0, 0, 0, 1, 8, 6, 0, 0, 0};
    static final byte[] HTML = "<html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8);

    @Autowired MockMvc mvc;
    @Autowired PortalService portal;
    @Autowired PortalPlanService plans;
    @Autowired ApplicantService applicants;
    @Autowired AccountSetup accounts;
    @Autowired UserDetailsService userDetails;
    @Autowired RemediationPlanRepository planRepository;
    @Autowired TransactionTemplate tx;
    @Autowired Clock clock;

    PortalFixture fixture;
    Applicant ana;
    Applicant ben;

    @BeforeEach
    void applicants() {
        fixture = new PortalFixture(accounts, userDetails, applicants, planRepository, tx, clock);
        ana = fixture.applicant("ana.portal@applicants.example", "Ana", "Portal");
        ben = fixture.applicant("ben.portal@applicants.example", "Ben", "Portal");
    }

    @Test
    void the_portal_services_answer_with_the_callers_own_record_only() {
        assertThat(fixture.as(ana.email(), () -> portal.myRecord()).orElseThrow().id()).isEqualTo(ana.recordId());
        assertThat(fixture.as(ben.email(), () -> portal.myRecord()).orElseThrow().id()).isEqualTo(ben.recordId());
        assertThat(fixture.as(ana.email(), () -> plans.myPlan())).extracting(a -> a.id())
                .contains(ana.ownAction()).doesNotContain(ben.ownAction(), ben.advisorAction());
    }

    @Test
    void an_applicant_cannot_change_another_applicants_plan_evidence_or_explanations() {
        assertThat(fixture.as(ana.email(), () -> plans.markDone(ben.ownAction(), 0, "done")))
                .isEqualTo(new ActionResult.Refused("unknown_action"));
        assertThat(fixture.as(ana.email(), () -> plans.upload(ben.ownAction(), "x.pdf", PDF)))
                .isEqualTo(new UploadResult.Refused("unknown_action", null));

        FlagCategory category = fixture.as(ben.email(), () -> portal.explainableFlags()).getFirst().category();
        DraftResult bens = fixture.as(ben.email(), () -> portal.saveDraft(null, category,
                Placement.ERAS_ADDITIONAL_INFORMATION, "In 2019 I failed Step 1.", null));
        long bensDraft = ((DraftResult.Saved) bens).draft().id();
        assertThat(fixture.as(ana.email(), () -> portal.saveDraft(bensDraft, category,
                Placement.ERAS_ADDITIONAL_INFORMATION, "overwritten", 0L))).isEqualTo(new DraftResult.Refused("unknown_draft"));
        assertThat(fixture.as(ana.email(), () -> portal.submitDraft(bensDraft, 0))).isEqualTo(new DraftResult.Refused("unknown_draft"));
        assertThat(fixture.as(ana.email(), () -> portal.myDrafts())).extracting(d -> d.id()).doesNotContain(bensDraft);
    }

    @Test
    void advisors_and_admins_cannot_use_the_applicants_portal_services() {
        assertThatThrownBy(() -> fixture.as("advisor@demo.example", () -> portal.myRecord()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixture.as("admin@demo.example", () -> plans.myPlan()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_applicant_gets_none_of_another_applicants_record_through_the_api() throws Exception {
        var asAna = httpBasic(ana.email(), PortalFixture.PASSWORD);
        long other = ben.recordId();
        mvc.perform(get("/api/v1/applicants/" + ana.recordId()).with(asAna)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/applicants/" + other).with(asAna)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/applicants/" + other + "/assessment").with(asAna)).andExpect(status().isNotFound());
        // issue 11: the office's flag list is advisors' and admins' only; an applicant is refused for any id, own or not
        mvc.perform(get("/api/v1/applicants/" + other + "/flags").with(asAna)).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/applicants/" + ana.recordId() + "/flags").with(asAna)).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/applicants/" + other + "/history").with(asAna)).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/applicants").with(asAna)).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/applicants?text=Ben").with(asAna)).andExpect(status().isForbidden());
        var own = mvc.perform(get("/api/v1/applicants/" + ana.recordId()).with(asAna)).andReturn().getResponse();
        mvc.perform(put("/api/v1/applicants/" + other).with(asAna).header("If-Match", own.getHeader("ETag"))
                .contentType(MediaType.APPLICATION_JSON).content(own.getContentAsString()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/applicants/" + other + "/verifications").with(asAna)
                .contentType(MediaType.APPLICATION_JSON).content("{\"item\":\"exams[0]\"}")).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/applicants/" + other + "/cycles/2027/submit").with(asAna)).andExpect(status().isForbidden());
    }

    @Test
    void an_evidence_file_goes_only_to_its_applicant_their_advisor_and_admins() throws Exception {
        UploadResult stored = fixture.as(ben.email(), () -> plans.upload(ben.ownAction(), "score report.pdf", PDF));
        String publicId = ((UploadResult.Stored) stored).file().publicId();

        var own = fixture.as(ben.email(), () -> plans.download(publicId)).orElseThrow();
        assertThat(own.content()).isEqualTo(PDF);
        assertThat(own.mediaType()).isEqualTo("application/pdf");
        assertThat(own.name()).isEqualTo("score report.pdf");
        assertThat(fixture.as("advisor@demo.example", () -> plans.download(publicId))).as("the assigned advisor").isPresent();
        assertThat(fixture.as("admin@demo.example", () -> plans.download(publicId))).as("an admin of the school").isPresent();
        assertThat(fixture.as(ana.email(), () -> plans.download(publicId))).as("another applicant").isEmpty();

        // no plain address serves evidence: it goes out only through the owner's or advisor's Vaadin session
        try {
            mvc.perform(get("/evidence/" + publicId).with(user(userDetails.loadUserByUsername(ana.email()))))
                    .andExpect(result -> assertThat(result.getResponse().getStatus()).isNotEqualTo(200));
        } catch (jakarta.servlet.ServletException handedToVaadin) {
            // no controller has the address: it goes on to Vaadin's servlet (its "page not found" view), which
            // MockMvc does not have
            assertThat(handedToVaadin.getMessage()).contains("springServlet");
        }
        mvc.perform(get("/api/v1/applicants/" + ben.recordId()).with(httpBasic(ana.email(), PortalFixture.PASSWORD)))
                .andExpect(status().isNotFound());
    }

    @Test
    void an_advisor_not_assigned_to_the_applicant_gets_no_evidence() {
        String other = "other.advisor@demo.example";
        try {
            userDetails.loadUserByUsername(other);
        } catch (org.springframework.security.core.userdetails.UsernameNotFoundException e) {
            accounts.createSchoolWithAccounts(PortalFixture.SCHOOL, java.util.List.of(new AccountSetup.NewAccount(other,
                    "Other Advisor", org.matchwise.account.Role.ADVISOR, PortalFixture.PASSWORD)));
        }
        UploadResult stored = fixture.as(ben.email(), () -> plans.upload(ben.ownAction(), "scan.png", PNG));
        String publicId = ((UploadResult.Stored) stored).file().publicId();

        assertThat(fixture.as(other, () -> plans.download(publicId))).isEmpty();
    }

    @Test
    void an_upload_that_lies_about_its_type_or_is_too_large_is_refused() {
        assertThat(fixture.as(ana.email(), () -> plans.upload(ana.ownAction(), "report.pdf", HTML)))
                .isEqualTo(new UploadResult.Refused("file_type", "text/html"));
        assertThat(fixture.as(ana.email(), () -> plans.upload(ana.ownAction(), "report.pdf", PNG)))
                .isEqualTo(new UploadResult.Refused("file_type_mismatch", "image/png"));
        byte[] large = Arrays.copyOf(PDF, 5 * 1024 * 1024 + 1);
        assertThat(fixture.as(ana.email(), () -> plans.upload(ana.ownAction(), "big.pdf", large)))
                .isEqualTo(new UploadResult.Refused("file_too_large", null));
        assertThat(fixture.as(ana.email(), () -> plans.upload(ana.ownAction(), "photo.png", PNG)))
                .isInstanceOf(UploadResult.Stored.class);
    }

    @Test
    void an_applicant_marks_their_own_action_done_with_evidence_but_not_the_advisors() {
        var action = fixture.as(ana.email(), () -> plans.myPlan()).stream().filter(a -> a.id() == ana.ownAction())
                .findFirst().orElseThrow();
        var advisors = fixture.as(ana.email(), () -> plans.myPlan()).stream().filter(a -> a.id() == ana.advisorAction())
                .findFirst().orElseThrow();

        assertThat(fixture.as(ana.email(), () -> plans.markDone(advisors.id(), advisors.version(), "done")))
                .isEqualTo(new ActionResult.Refused("not_your_action"));
        assertThat(fixture.as(ana.email(), () -> plans.markDone(action.id(), action.version() + 7, "done")))
                .isInstanceOf(ActionResult.Conflict.class);
        ActionResult done = fixture.as(ana.email(), () -> plans.markDone(action.id(), action.version(),
                "NBME 11, 12 and 13 taken weekly since October."));
        assertThat(done).isInstanceOfSatisfying(ActionResult.Done.class,
                d -> assertThat(d.action().state()).isEqualTo(ActionStatus.DONE));
    }

    @Test
    void a_scheduled_step2_date_gets_a_hint_against_programs_opening_day_and_stays_unverified_until_verified() {
        var late = fixture.as(ana.email(), () -> portal.step2Hint(LocalDate.of(2026, 9, 10))).orElseThrow();
        assertThat(late.late()).isTrue();
        assertThat(late.programsOpen()).isEqualTo(LocalDate.of(2026, 9, 24));
        assertThat(late.scoreBy()).isEqualTo(LocalDate.of(2026, 10, 8));
        assertThat(fixture.as(ana.email(), () -> portal.step2Hint(LocalDate.of(2026, 7, 1))).orElseThrow().late()).isFalse();

        var record = fixture.as(ana.email(), () -> portal.myRecord()).orElseThrow();
        // Step 3: Ana passed Step 2 CK already, and a passed exam cannot be retaken
        var edited = record.profile().toBuilder().exam(ExamAttempt.scheduled(Exam.USMLE_STEP3, LocalDate.of(2026, 7, 1)))
                .build();
        fixture.as(ana.email(), () -> portal.save(edited, record.version()));
        int index = edited.exams().size() - 1;
        assertThat(fixture.as("advisor@demo.example", () -> applicants.get(ana.recordId())).unverified())
                .contains("exams[" + index + "]");
        assertThat(fixture.as(ana.email(), () -> portal.save(edited, record.version())))
                .as("a stale version changes nothing").isInstanceOf(org.matchwise.applicant.SaveResult.VersionConflict.class);

        fixture.as("advisor@demo.example", () -> applicants.verify(ana.recordId(), "exams[" + index + "]"));
        assertThat(fixture.as(ana.email(), () -> portal.myRecord()).orElseThrow().unverified())
                .doesNotContain("exams[" + index + "]");
    }
}
