package org.matchwise.applicant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.matchwise.MatchwiseTest;
import org.matchwise.account.Role;
import org.matchwise.applicant.ApplicantViews.ApplicantRecord;
import org.matchwise.applicant.CorrectionViews.CorrectionResult;
import org.matchwise.applicant.CorrectionViews.CorrectionView;
import org.matchwise.dashboard.DashboardViews.DashboardQuery;
import org.matchwise.dashboard.VerificationQueue;
import org.matchwise.dashboard.VerificationQueue.Action;
import org.matchwise.dashboard.VerificationQueue.AwaitingEntry;
import org.matchwise.dashboard.VerificationQueue.Kind;
import org.matchwise.flags.RuleId;
import org.matchwise.plan.persistence.RemediationPlanRepository;
import org.matchwise.portal.PortalFixture;
import org.matchwise.portal.PortalService;
import org.matchwise.security.AccountSetup;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records applicants cannot erase (issue 11, item 2): an applicant changes and removes only their own unverified
 * entries; a verified entry, or one the office entered, gets a correction request that an advisor accepts or declines;
 * every removal and request reaches the advisors' verification queue in words; a passed exam cannot be retaken.
 */
@MatchwiseTest
class CorrectionServiceTest {

    static final String ADVISOR = "advisor@demo.example";
    static final String ADMIN = "admin@demo.example";
    static final String OTHER_SCHOOL = "Corrections Elsewhere School";
    static final String OTHER_ADVISOR = "advisor@corrections-elsewhere.example";
    static final LocalDate STEP1_FAIL = LocalDate.of(2019, 6, 10);

    static PortalFixture fixture;

    @Autowired ApplicantService applicants;
    @Autowired CorrectionService corrections;
    @Autowired VerificationQueue queue;
    @Autowired PortalService portal;

    /** The applicant of the current test: a fresh account and record (Dana Reyes's, entered by an advisor). */
    PortalFixture.Applicant dana;

    @BeforeAll
    static void setUp(@Autowired AccountSetup accounts, @Autowired UserDetailsService users,
            @Autowired ApplicantService applicants, @Autowired RemediationPlanRepository plans,
            @Autowired TransactionTemplate tx, @Autowired Clock clock) {
        fixture = new PortalFixture(accounts, users, applicants, plans, tx, clock);
        synchronized (CorrectionServiceTest.class) {
            if (!accounts.schoolExists(OTHER_SCHOOL)) {
                accounts.createSchoolWithAccounts(OTHER_SCHOOL, List.of(new AccountSetup.NewAccount(OTHER_ADVISOR,
                        "Otto Elsewhere", Role.ADVISOR, "elsewhere-advisor-password")));
            }
        }
    }

    @BeforeEach
    void freshApplicant() {
        String email = "dana." + UUID.randomUUID().toString().substring(0, 8) + "@corrections.example";
        dana = fixture.applicant(email, "Dana", "Reyes" + email.substring(5, 9));
    }

    private String name() {
        return as(ADVISOR, () -> applicants.get(dana.recordId())).profile().name().given() + " "
                + as(ADVISOR, () -> applicants.get(dana.recordId())).profile().name().family();
    }

    private <T> T as(String email, java.util.function.Supplier<T> work) {
        return fixture.as(email, work);
    }

    private ApplicantRecord mine() {
        return as(dana.email(), () -> applicants.get(dana.recordId()));
    }

    private SaveResult applicantSaves(java.util.function.UnaryOperator<ApplicantProfile> edit) {
        return as(dana.email(), () -> {
            ApplicantRecord r = applicants.get(dana.recordId());
            return applicants.replace(dana.recordId(), edit.apply(r.profile()), r.version());
        });
    }

    private static ApplicantProfile withoutExam(ApplicantProfile p, int index) {
        List<ExamAttempt> exams = new ArrayList<>(p.exams());
        exams.remove(index);
        return p.toBuilder().exams(exams).build();
    }

    private List<AwaitingEntry> queued() {
        return as(ADVISOR, () -> queue.awaiting(new DashboardQuery(2027, null, null))).entries().stream()
                .filter(e -> e.applicantId() == dana.recordId()).toList();
    }

    private CorrectionView requestRemovalOfTheStep1Failure() {
        CorrectionResult r = as(dana.email(), () -> corrections.requestCorrection(dana.recordId(), "exams[0]",
                EntryRequestKind.REMOVE, "The June 2019 sitting was annulled by the NBME.", null));
        assertThat(r).isInstanceOf(CorrectionResult.Done.class);
        return ((CorrectionResult.Done) r).request();
    }

    // ---- whole-list saves (portal, REST PUT) ----

    @Test
    void an_applicants_save_that_removes_a_verified_step1_failure_is_refused_by_name_and_loses_nothing() {
        ApplicantRecord before = mine();
        assertThat(before.unverified()).doesNotContain("exams[0]");

        SaveResult result = applicantSaves(p -> withoutExam(p, 0));

        assertThat(result).isInstanceOfSatisfying(SaveResult.Rejected.class, r -> {
            assertThat(r.code()).isEqualTo(ApplicantService.VERIFIED_ENTRY);
            assertThat(r.message()).contains("USMLE Step 1, attempt 1, 10 Jun 2019, failed")
                    .contains("request a correction").contains("Nothing was saved");
        });
        ApplicantRecord after = mine();
        assertThat(after.version()).isEqualTo(before.version());
        assertThat(after.profile().exams()).isEqualTo(before.profile().exams());
        assertThat(as(ADVISOR, () -> applicants.assessment(dana.recordId())).flags())
                .extracting(f -> f.rule()).contains(RuleId.R1, RuleId.R2);
    }

    @Test
    void an_applicants_save_that_changes_a_verified_entry_is_refused_too() {
        SaveResult result = applicantSaves(p -> {
            List<ExamAttempt> exams = new ArrayList<>(p.exams());
            exams.set(0, ExamAttempt.passed(Exam.USMLE_STEP1, STEP1_FAIL));
            return p.toBuilder().exams(exams).build();
        });

        assertThat(result).isInstanceOfSatisfying(SaveResult.Rejected.class,
                r -> assertThat(r.code()).isEqualTo(ApplicantService.VERIFIED_ENTRY));
        assertThat(mine().profile().exams().getFirst().outcome()).isEqualTo(ExamOutcome.FAIL);
    }

    @Test
    void the_portal_save_goes_through_the_same_refusal() {
        ApplicantRecord r = mine();
        SaveResult result = as(dana.email(), () -> portal.save(withoutExam(r.profile(), 0), r.version()));

        assertThat(result).isInstanceOfSatisfying(SaveResult.Rejected.class,
                x -> assertThat(x.code()).isEqualTo(ApplicantService.VERIFIED_ENTRY));
    }

    @Test
    void an_applicant_changes_and_removes_their_own_unverified_entries_and_each_removal_reaches_the_queue() {
        ExamAttempt planned = ExamAttempt.scheduled(Exam.USMLE_STEP3, LocalDate.of(2027, 3, 1));
        assertThat(applicantSaves(p -> p.toBuilder().exam(planned).build())).isInstanceOf(SaveResult.Saved.class);
        ExamAttempt moved = ExamAttempt.scheduled(Exam.USMLE_STEP3, LocalDate.of(2027, 4, 1));
        assertThat(applicantSaves(p -> {
            List<ExamAttempt> exams = new ArrayList<>(p.exams());
            exams.set(3, moved);
            return p.toBuilder().exams(exams).build();
        })).isInstanceOf(SaveResult.Saved.class);

        assertThat(applicantSaves(p -> withoutExam(p, 3))).isInstanceOf(SaveResult.Saved.class);

        assertThat(mine().profile().exams()).hasSize(3).doesNotContain(moved);
        assertThat(queued()).filteredOn(e -> e.kind() == Kind.REMOVED).singleElement().satisfies(e -> {
            assertThat(e.words()).isEqualTo(e.applicantName() + " removed: USMLE Step 3, scheduled for 1 Apr 2027");
            assertThat(e.actions()).containsExactly(Action.ACKNOWLEDGE);
        });
    }

    @Test
    void an_advisor_acknowledges_a_removal_in_one_click_and_it_leaves_the_queue() {
        applicantSaves(p -> p.toBuilder().exam(ExamAttempt.scheduled(Exam.USMLE_STEP3, LocalDate.of(2027, 3, 1))).build());
        applicantSaves(p -> withoutExam(p, 3));
        AwaitingEntry removal = queued().stream().filter(e -> e.kind() == Kind.REMOVED).findFirst().orElseThrow();

        var outcome = as(ADVISOR, () -> queue.act(removal, Action.ACKNOWLEDGE, null));

        assertThat(outcome).isInstanceOf(VerificationQueue.Outcome.Done.class);
        assertThat(queued()).noneMatch(e -> e.kind() == Kind.REMOVED);
        assertThat(as(dana.email(), () -> corrections.myRequests())).singleElement()
                .satisfies(v -> assertThat(v.status()).isEqualTo(EntryRequestStatus.ACKNOWLEDGED));
    }

    @Test
    void removing_an_unverified_entry_before_a_verified_leave_keeps_the_leaves_hidden_reason() {
        as(ADVISOR, () -> {
            ApplicantRecord r = applicants.get(dana.recordId());
            return applicants.replace(dana.recordId(), r.profile().toBuilder().timelineEntry(TimelineEntry.leave(
                    LeaveReason.HEALTH, LocalDate.of(2022, 1, 1), LocalDate.of(2022, 6, 30))).build(), r.version());
        });
        TimelineEntry mine = new TimelineEntry(TimelineKind.VOLUNTEERING, "Free clinic", null, LocalDate.of(2021, 6, 1),
                LocalDate.of(2021, 8, 1), false);
        applicantSaves(p -> {
            List<TimelineEntry> t = new ArrayList<>(p.timeline());
            t.add(0, mine);
            return p.toBuilder().timeline(t).build();
        });

        SaveResult removed = applicantSaves(p -> {
            List<TimelineEntry> t = new ArrayList<>(p.timeline());
            t.remove(0);
            return p.toBuilder().timeline(t).build();
        });

        assertThat(removed).isInstanceOf(SaveResult.Saved.class);
        assertThat(as(ADVISOR, () -> applicants.get(dana.recordId())).profile().timeline())
                .filteredOn(TimelineEntry::isLeave).singleElement()
                .satisfies(l -> assertThat(l.reason()).isEqualTo(LeaveReason.HEALTH));
    }

    // ---- correction requests ----

    @Test
    void a_removal_request_reaches_the_queue_in_words_with_its_reason_and_accepting_removes_the_failure_as_the_advisors_change() {
        CorrectionView request = requestRemovalOfTheStep1Failure();
        String name = name();

        assertThat(request.status()).isEqualTo(EntryRequestStatus.OPEN);
        assertThat(request.words()).isEqualTo(name + " asks to remove: USMLE Step 1, attempt 1, 10 Jun 2019, failed");
        AwaitingEntry item = queued().stream().filter(e -> e.kind() == Kind.REMOVE).findFirst().orElseThrow();
        assertThat(item.words()).isEqualTo(name + " asks to remove: USMLE Step 1, 10 Jun 2019, failed");
        assertThat(item.reason()).isEqualTo("The June 2019 sitting was annulled by the NBME.");
        assertThat(item.actions()).containsExactly(Action.ACCEPT, Action.DECLINE);

        var outcome = as(ADVISOR, () -> queue.act(item, Action.ACCEPT, null));

        assertThat(outcome).isInstanceOf(VerificationQueue.Outcome.Done.class);
        ApplicantRecord after = as(ADVISOR, () -> applicants.get(dana.recordId()));
        assertThat(after.profile().exams()).extracting(ExamAttempt::outcome).doesNotContain(ExamOutcome.FAIL);
        assertThat(as(ADVISOR, () -> applicants.assessment(dana.recordId())).flags()).extracting(f -> f.rule())
                .doesNotContain(RuleId.R1, RuleId.R2);
        var removal = as(ADVISOR, () -> applicants.history(dana.recordId())).changes().stream()
                .filter(c -> "REMOVED".equals(c.kind()) && "exams[0]".equals(c.item())).toList();
        assertThat(removal).singleElement().satisfies(c -> assertThat(c.userName()).isEqualTo("Alex Advisor"));
        assertThat(queued()).noneMatch(e -> e.kind() == Kind.REMOVE);
        assertThat(as(dana.email(), () -> corrections.myRequests())).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(EntryRequestStatus.ACCEPTED);
            assertThat(v.decidedBy()).as("the applicant does not see who answered").isNull();
        });
    }

    @Test
    void an_accepted_change_is_applied_as_the_advisors_and_counts_as_verified() {
        ApplicantRecord before = mine();
        ExamAttempt corrected = ExamAttempt.passed(Exam.USMLE_STEP2_CK, LocalDate.of(2020, 9, 1), 247);
        CorrectionResult asked = as(dana.email(), () -> corrections.requestCorrection(dana.recordId(), "exams[2]",
                EntryRequestKind.CHANGE, "My score report says 247, not 237.", corrected));
        assertThat(asked).isInstanceOfSatisfying(CorrectionResult.Done.class, d -> assertThat(d.request().words())
                .endsWith("asks to change: USMLE Step 2 CK, attempt 1, 1 Sep 2020, passed, score 237, into: "
                        + "USMLE Step 2 CK, attempt 1, 1 Sep 2020, passed, score 247"));
        long id = ((CorrectionResult.Done) asked).request().id();

        CorrectionResult accepted = as(ADMIN, () -> corrections.accept(id));

        assertThat(accepted).isInstanceOf(CorrectionResult.Done.class);
        ApplicantRecord after = as(ADVISOR, () -> applicants.get(dana.recordId()));
        assertThat(after.profile().exams().get(2)).isEqualTo(corrected);
        assertThat(after.unverified()).doesNotContain("exams[2]");
        assertThat(after.version()).isGreaterThan(before.version());
    }

    @Test
    void a_declined_request_leaves_the_entry_and_the_applicant_reads_the_note() {
        CorrectionView request = requestRemovalOfTheStep1Failure();

        CorrectionResult declined = as(ADVISOR, () -> corrections.decline(request.id(),
                "The NBME transcript still lists this attempt."));

        assertThat(declined).isInstanceOf(CorrectionResult.Done.class);
        assertThat(mine().profile().exams().getFirst().outcome()).isEqualTo(ExamOutcome.FAIL);
        assertThat(as(dana.email(), () -> corrections.myRequests())).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(EntryRequestStatus.DECLINED);
            assertThat(v.decisionNote()).isEqualTo("The NBME transcript still lists this attempt.");
        });
        assertThat(as(ADVISOR, () -> corrections.requests(dana.recordId()))).singleElement()
                .satisfies(v -> assertThat(v.decidedBy()).isEqualTo("Alex Advisor"));
        assertThat(as(ADVISOR, () -> corrections.accept(request.id())))
                .isInstanceOfSatisfying(CorrectionResult.Refused.class, r -> assertThat(r.code()).isEqualTo("request_closed"));
    }

    @Test
    void an_applicant_edits_their_own_unverified_entry_themselves_instead_of_asking() {
        applicantSaves(p -> p.toBuilder().exam(ExamAttempt.scheduled(Exam.USMLE_STEP3, LocalDate.of(2027, 3, 1))).build());
        ApplicantRecord r = mine();
        assertThat(CorrectionService.applicantMayChange(r, "exams[3]")).isTrue();
        assertThat(CorrectionService.applicantMayChange(r, "exams[0]")).isFalse();

        CorrectionResult result = as(dana.email(), () -> corrections.requestCorrection(dana.recordId(), "exams[3]",
                EntryRequestKind.REMOVE, "a mistake", null));

        assertThat(result).isInstanceOfSatisfying(CorrectionResult.Refused.class, x -> {
            assertThat(x.code()).isEqualTo("entry_editable");
            assertThat(x.message()).contains("USMLE Step 3, scheduled for 1 Mar 2027");
        });
    }

    @Test
    void a_request_needs_a_reason_a_fitting_proposal_and_is_not_asked_twice() {
        CorrectionResult noReason = as(dana.email(), () -> corrections.requestCorrection(dana.recordId(), "exams[0]",
                EntryRequestKind.REMOVE, "  ", null));
        CorrectionResult wrongType = as(dana.email(), () -> corrections.requestCorrection(dana.recordId(), "exams[0]",
                EntryRequestKind.CHANGE, "wrong date", new PracticeAssessment(Exam.USMLE_STEP1, "NBME 30", STEP1_FAIL, 200)));
        CorrectionResult noEntry = as(dana.email(), () -> corrections.requestCorrection(dana.recordId(), "exams[9]",
                EntryRequestKind.REMOVE, "wrong", null));
        CorrectionResult hidden = as(dana.email(), () -> corrections.requestCorrection(dana.recordId(),
                "professionalismEvents[0]", EntryRequestKind.REMOVE, "wrong", null));
        requestRemovalOfTheStep1Failure();
        CorrectionResult twice = as(dana.email(), () -> corrections.requestCorrection(dana.recordId(), "exams[0]",
                EntryRequestKind.REMOVE, "again", null));

        assertThat(List.of(noReason, wrongType, noEntry, hidden, twice)).extracting(r -> ((CorrectionResult.Refused) r).code())
                .containsExactly("reason_missing", "proposed_type", "unknown_item", "unknown_item", "request_open");
    }

    @Test
    void an_applicant_withdraws_an_open_request_and_it_leaves_the_queue() {
        CorrectionView request = requestRemovalOfTheStep1Failure();

        CorrectionResult withdrawn = as(dana.email(), () -> corrections.withdraw(dana.recordId(), request.id()));

        assertThat(withdrawn).isInstanceOf(CorrectionResult.Done.class);
        assertThat(queued()).noneMatch(e -> e.kind() == Kind.REMOVE);
    }

    // ---- who may do what ----

    @Test
    void an_applicant_cannot_answer_requests_and_office_staff_cannot_ask_for_one() {
        CorrectionView request = requestRemovalOfTheStep1Failure();

        assertThatThrownBy(() -> as(dana.email(), () -> corrections.accept(request.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(dana.email(), () -> corrections.decline(request.id(), null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(dana.email(), () -> queue.awaiting(new DashboardQuery(2027, null, null))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(ADVISOR, () -> corrections.requestCorrection(dana.recordId(), "exams[0]",
                EntryRequestKind.REMOVE, "x", null))).isInstanceOf(AccessDeniedException.class);
        assertThat(mine().profile().exams()).hasSize(3);
    }

    @Test
    void another_applicant_and_another_school_never_reach_the_record_or_its_requests() {
        CorrectionView request = requestRemovalOfTheStep1Failure();
        PortalFixture.Applicant other = fixture.applicant("other." + UUID.randomUUID().toString().substring(0, 8)
                + "@corrections.example", "Olive", "Other");

        assertThatThrownBy(() -> as(other.email(), () -> corrections.requestCorrection(dana.recordId(), "exams[0]",
                EntryRequestKind.REMOVE, "not mine", null))).isInstanceOf(ApplicantNotFoundException.class);
        assertThatThrownBy(() -> as(other.email(), () -> corrections.requests(dana.recordId())))
                .isInstanceOf(ApplicantNotFoundException.class);
        assertThat(as(other.email(), () -> corrections.withdraw(dana.recordId(), request.id())))
                .isInstanceOfSatisfying(CorrectionResult.Refused.class, r -> assertThat(r.code()).isEqualTo("unknown_request"));
        assertThat(as(OTHER_ADVISOR, () -> corrections.accept(request.id())))
                .isInstanceOfSatisfying(CorrectionResult.Refused.class, r -> assertThat(r.code()).isEqualTo("unknown_request"));
        assertThat(as(OTHER_ADVISOR, () -> corrections.open(0, 200)).items()).noneMatch(v -> v.id() == request.id());
        assertThat(as(OTHER_ADVISOR, () -> queue.awaiting(new DashboardQuery(2027, null, null))).entries())
                .noneMatch(e -> e.applicantId() == dana.recordId());
        assertThat(mine().profile().exams()).hasSize(3);
    }

    // ---- a passed exam cannot be retaken ----

    @Test
    void a_new_attempt_at_a_passed_exam_is_refused_for_the_applicant_the_advisor_and_a_new_record() {
        ExamAttempt retake = ExamAttempt.failed(Exam.USMLE_STEP1, LocalDate.of(2020, 2, 1));

        SaveResult byApplicant = applicantSaves(p -> p.toBuilder().exam(retake).build());
        SaveResult byAdvisor = as(ADVISOR, () -> {
            ApplicantRecord r = applicants.get(dana.recordId());
            return applicants.replace(dana.recordId(), r.profile().toBuilder().exam(retake).build(), r.version());
        });
        SaveResult created = as(ADVISOR, () -> applicants.create(mine().profile().toBuilder()
                .externalId("RETAKE-" + UUID.randomUUID()).matchYear(2027).exam(retake).build(), null));

        assertThat(List.of(byApplicant, byAdvisor, created)).allSatisfy(r -> assertThat(r)
                .isInstanceOfSatisfying(SaveResult.Rejected.class, x -> {
                    assertThat(x.code()).isEqualTo(ApplicantService.EXAM_ALREADY_PASSED);
                    assertThat(x.message()).isEqualTo("USMLE Step 1 was passed on 2019-10-02: USMLE and COMLEX do not"
                            + " allow retaking a passed exam, so an attempt on 2020-02-01 cannot be recorded.");
                }));
        assertThat(mine().profile().exams()).hasSize(3);
    }

    @Test
    void a_correction_that_would_retake_a_passed_exam_is_refused() {
        CorrectionResult result = as(dana.email(), () -> corrections.requestCorrection(dana.recordId(), "exams[0]",
                EntryRequestKind.CHANGE, "It was later", ExamAttempt.failed(Exam.USMLE_STEP1, LocalDate.of(2019, 12, 1))));

        assertThat(result).isInstanceOfSatisfying(CorrectionResult.Refused.class,
                r -> assertThat(r.code()).isEqualTo(ApplicantService.EXAM_ALREADY_PASSED));
    }
}
