package org.matchwise.reportexport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.matchwise.testing.Profiles.d;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.matchwise.applicant.ApplicantProfile;
import org.matchwise.applicant.ApplicantViews.ApplicantRecord;
import org.matchwise.flags.FlagStatus;
import org.matchwise.applicant.ApplicantViews.FlagView;
import org.matchwise.applicant.ClinicalExperience;
import org.matchwise.applicant.ClinicalKind;
import org.matchwise.applicant.Cycle;
import org.matchwise.applicant.CycleOutcome;
import org.matchwise.applicant.Exam;
import org.matchwise.applicant.ExamAttempt;
import org.matchwise.applicant.ExamOutcome;
import org.matchwise.applicant.LeaveReason;
import org.matchwise.applicant.Letter;
import org.matchwise.applicant.LetterStatus;
import org.matchwise.applicant.LetterStrength;
import org.matchwise.applicant.PracticeAssessment;
import org.matchwise.applicant.ProfessionalismEvent;
import org.matchwise.applicant.Specialty;
import org.matchwise.applicant.TimelineEntry;
import org.matchwise.assessment.Assessment;
import org.matchwise.assessment.Assessor;
import org.matchwise.flags.Flag;
import org.matchwise.remediation.ActionStatus;
import org.matchwise.readiness.ChecklistItem;
import org.matchwise.readiness.ChecklistKind;
import org.matchwise.readiness.SeasonPhase;
import org.matchwise.reportexport.ReportMapper.ApplicantData;
import org.matchwise.reports.ExamLine;
import org.matchwise.reports.ExperienceLine;
import org.matchwise.reports.LetterLine;
import org.matchwise.reports.PastCycle;
import org.matchwise.reports.PracticeScoreLine;
import org.matchwise.reports.ProgressSummary;
import org.matchwise.reports.ReadinessReport;
import org.matchwise.reports.RemediationPlan;
import org.matchwise.reports.ReportActionStatus;
import org.matchwise.reports.ReportChecklistItem;
import org.matchwise.reports.ReportChecklistKind;
import org.matchwise.reports.ReportEvidence;
import org.matchwise.ruleset.RuleSet;
import org.matchwise.testing.ExampleCases;
import org.matchwise.testing.ExampleCases.ExampleCase;
import org.matchwise.testing.Profiles;

/**
 * {@link ReportMapper} on its own, without Spring or a database: core's values reach the report models as
 * themselves (every constant of every vocabulary the reports print), exams are numbered per exam by date (once,
 * when the mapper is made for an applicant, the same in every line and sentence), evidence
 * references become sentences with the advisor-only detail kept apart, and the report's own shapes (the submission
 * checklist, an action's shown status) are derived from core's as the reports word them.
 */
class ReportMapperTest {

    private static final String SCHOOL = "Example School of Medicine";
    private static final RuleSet RULES = Profiles.rules().withSchool(SCHOOL);

    private static ReportMapper mapper(ApplicantData d) {
        return new ReportMapper(new Labels(Locale.ENGLISH), d);
    }

    // ---- core's values pass through: every constant ----

    @Test
    void everyExamOutcomeReachesTheExamLinesAsCoresOwnValue() {
        ApplicantProfile p = Profiles.minimal().targetSpecialties(Specialty.INTERNAL_MEDICINE)
                .exam(ExamAttempt.failed(Exam.USMLE_STEP1, d("2022-02-01")))
                .exam(ExamAttempt.passed(Exam.USMLE_STEP1, d("2022-06-01")))
                .exam(ExamAttempt.scheduled(Exam.USMLE_STEP2_CK, d("2026-07-01"))).build();

        List<ExamLine> exams = mapper(data(p)).progress().exams();

        assertThat(exams).extracting(ExamLine::outcome)
                .containsExactly(ExamOutcome.FAIL, ExamOutcome.PASS, ExamOutcome.SCHEDULED)
                .containsExactlyInAnyOrder(ExamOutcome.values());
    }

    @Test
    void thePracticeChartHoldsOneExamsScoresStep2CksWithItsTargetBandWhereThereAreAny() {
        // Pediatrics: the default rule set has a whole band for it (Internal Medicine only a low mark)
        ApplicantProfile p = Profiles.minimal().targetSpecialties(Specialty.PEDIATRICS)
                .practiceAssessment(new PracticeAssessment(Exam.COMLEX_L2_CE, "COMSAE 1", d("2026-01-10"), 520))
                .practiceAssessment(new PracticeAssessment(Exam.USMLE_STEP2_CK, "NBME 12", d("2026-02-01"), 231))
                .practiceAssessment(new PracticeAssessment(Exam.USMLE_STEP2_CK, "NBME 13", d("2026-01-05"), 224))
                .practiceAssessment(new PracticeAssessment(Exam.USMLE_STEP2_CK, "UWSA 2", d("2026-02-20"), null))
                .build();

        ProgressSummary progress = mapper(data(p)).progress();

        assertThat(progress.practiceScores()).extracting(PracticeScoreLine::form).containsExactly("NBME 13", "NBME 12");
        assertThat(progress.practiceScores()).extracting(PracticeScoreLine::exam).containsOnly("USMLE Step 2 CK");
        assertThat(progress.scoreTarget()).isNotNull();
        assertThat(progress.scoreTarget().exam()).isEqualTo("USMLE Step 2 CK");
    }

    @Test
    void withoutStep2CkPracticeTheChartHoldsTheLatestScoredExamsScoresAndNoStep2CkBand() {
        ApplicantProfile p = Profiles.minimal().targetSpecialties(Specialty.PEDIATRICS)
                .practiceAssessment(new PracticeAssessment(Exam.USMLE_STEP1, "NBME 30", d("2025-11-01"), 221))
                .practiceAssessment(new PracticeAssessment(Exam.COMLEX_L2_CE, "COMSAE 1", d("2026-01-10"), 520))
                .practiceAssessment(new PracticeAssessment(Exam.COMLEX_L2_CE, "COMSAE 2", d("2026-02-10"), 560))
                .build();

        ProgressSummary progress = mapper(data(p)).progress();

        assertThat(progress.practiceScores()).extracting(PracticeScoreLine::form)
                .containsExactly("COMSAE 1", "COMSAE 2");
        assertThat(progress.practiceScores()).extracting(PracticeScoreLine::exam).doesNotContain("USMLE Step 1");
        assertThat(progress.scoreTarget()).as("Step 2 CK's band on a COMLEX scale").isNull();
        assertThat(mapper(data(Profiles.minimal().build())).progress().practiceScores()).isEmpty();
    }

    @Test
    void everyClinicalKindReachesTheExperienceLinesInTheProfilesOrder() {
        ApplicantProfile.Builder b = Profiles.minimal().targetSpecialties(Specialty.INTERNAL_MEDICINE);
        LocalDate start = d("2025-01-06");
        for (ClinicalKind kind : ClinicalKind.values()) {
            b.clinicalExperience(ClinicalExperience.us(kind, Specialty.INTERNAL_MEDICINE, start, start.plusDays(27)));
            start = start.plusMonths(1);
        }

        List<ExperienceLine> lines = mapper(data(b.build())).progress().usce().experiences();

        assertThat(lines).extracting(ExperienceLine::kind).containsExactly(ClinicalKind.values());
        assertThat(lines).allMatch(ExperienceLine::inUs);
    }

    @Test
    void everyLetterStatusAndStrengthReachesTheLetterLinesWithAnUnratedLetterUnrated() {
        ApplicantProfile.Builder b = Profiles.minimal().targetSpecialties(Specialty.INTERNAL_MEDICINE);
        LetterStatus[] statuses = LetterStatus.values();
        LetterStrength[] strengths = LetterStrength.values();
        int n = Math.max(statuses.length, strengths.length);
        for (int i = 0; i < n; i++) {
            b.letter(Letter.us("Writer " + i, Specialty.INTERNAL_MEDICINE, statuses[i % statuses.length],
                    strengths[i % strengths.length]));
        }
        b.letter(Letter.us("Unrated", Specialty.INTERNAL_MEDICINE, LetterStatus.REQUESTED, null));

        List<LetterLine> lines = mapper(data(b.build())).progress().letters();

        assertThat(lines).extracting(LetterLine::status).containsAll(List.of(statuses));
        assertThat(lines).extracting(LetterLine::strength).containsAll(List.of(strengths));
        assertThat(lines.getLast().strength()).isNull();
        assertThat(lines).extracting(LetterLine::writer).startsWith("Writer 0").endsWith("Unrated");
    }

    @Test
    void everyCycleOutcomeOfAnEarlierCycleReachesTheCycleHistoryNewestFirst() {
        ApplicantProfile.Builder b = Profiles.minimal().targetSpecialties(Specialty.INTERNAL_MEDICINE);
        int year = Profiles.MATCH_YEAR - CycleOutcome.values().length;
        for (CycleOutcome outcome : CycleOutcome.values()) {
            b.cycle(new Cycle(year++, outcome, List.of()));
        }

        var cycle = mapper(data(b.build())).progress().cycle();

        assertThat(cycle.earlier()).extracting(PastCycle::outcome)
                .containsExactlyInAnyOrder(CycleOutcome.values());
        assertThat(cycle.earlier()).extracting(PastCycle::matchYear).isSortedAccordingTo((x, y) -> y - x);
        assertThat(cycle.cycleNumber()).isEqualTo(CycleOutcome.values().length + 1);
    }

    static List<ExampleCase> cases() {
        return ExampleCases.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theVerdictAndStep2StatusInTheReportsAreTheAssessmentsOwn(ExampleCase c) {
        RuleSet rules = RuleSet.defaults(c.matchYear()).withSchool(SCHOOL);
        Assessment a = Assessor.assess(c.profile(), rules, c.asOf());
        ReportMapper mapper = mapper(data(c.profile(), a, rules, List.of()));

        assertThat(mapper.readiness().verdict()).isSameAs(a.readiness().verdict()).isSameAs(c.expected().verdict());
        assertThat(mapper.progress().step2().status()).isSameAs(a.step2Timing().status())
                .isSameAs(c.expected().step2());
    }

    // ---- attempt numbering ----

    @Test
    void examLinesAreNumberedPerExamByDateAndAScheduledDateCarriesNone() {
        ApplicantProfile p = Profiles.minimal().targetSpecialties(Specialty.INTERNAL_MEDICINE)
                .exam(ExamAttempt.passed(Exam.USMLE_STEP1, d("2022-06-01")))
                .exam(ExamAttempt.scheduled(Exam.USMLE_STEP2_CK, d("2026-07-01")))
                .exam(ExamAttempt.failed(Exam.USMLE_STEP2_CK, d("2025-03-01")))
                .exam(ExamAttempt.failed(Exam.USMLE_STEP1, d("2022-02-01"))).build();

        List<ExamLine> exams = mapper(data(p)).progress().exams();

        assertThat(exams).extracting(ExamLine::date)
                .containsExactly(d("2022-02-01"), d("2022-06-01"), d("2025-03-01"), d("2026-07-01"));
        assertThat(exams).extracting(ExamLine::attempt).containsExactly(1, 2, 1, 0);
    }

    @Test
    void aLongHistoryEnteredNewestFirstIsNumberedOldestFirst() {
        int n = 400;
        ApplicantProfile.Builder b = Profiles.minimal().targetSpecialties(Specialty.INTERNAL_MEDICINE);
        for (int i = n - 1; i >= 0; i--) {
            b.exam(ExamAttempt.failed(Exam.USMLE_STEP1, d("2015-01-01").plusDays(i)));
        }
        ReportMapper mapper = mapper(data(b.build()));

        List<ExamLine> exams = mapper.progress().exams();

        assertThat(exams).extracting(ExamLine::attempt).containsExactlyElementsOf(IntStream.rangeClosed(1, n).boxed().toList());
        assertThat(mapper.describe("exams[0]").description()).contains("attempt " + n + ",");
        assertThat(mapper.describe("exams[" + (n - 1) + "]").description()).contains("attempt 1,");
    }

    @Test
    void theEvidenceSentencesNameTheSameAttemptsAsTheExamLinesWhicheverIsMappedFirst() {
        ApplicantProfile p = Profiles.minimal().targetSpecialties(Specialty.INTERNAL_MEDICINE)
                .exam(ExamAttempt.failed(Exam.USMLE_STEP2_CK, d("2025-09-01")))
                .exam(ExamAttempt.passed(Exam.USMLE_STEP1, d("2022-06-01")))
                .exam(ExamAttempt.failed(Exam.USMLE_STEP2_CK, d("2025-03-01")))
                .exam(ExamAttempt.failed(Exam.USMLE_STEP1, d("2022-02-01"))).build();
        List<String> refs = List.of("exams[0]", "exams[1]", "exams[2]", "exams[3]");
        ReportMapper evidenceFirst = mapper(data(p));
        ReportMapper linesFirst = mapper(data(p));

        List<ReportEvidence> sentences = evidenceFirst.evidence(refs);
        List<ExamLine> lines = linesFirst.progress().exams();

        // by date: Step 1 on 2022-02-01 (1), 2022-06-01 (2); Step 2 CK on 2025-03-01 (1), 2025-09-01 (2)
        assertThat(sentences).extracting(ReportEvidence::description).satisfiesExactly(
                e -> assertThat(e).startsWith("USMLE Step 2 CK, attempt 2, "),
                e -> assertThat(e).startsWith("USMLE Step 1, attempt 2, "),
                e -> assertThat(e).startsWith("USMLE Step 2 CK, attempt 1, "),
                e -> assertThat(e).startsWith("USMLE Step 1, attempt 1, "));
        assertThat(lines).extracting(ExamLine::attempt).containsExactly(1, 2, 1, 2);
        assertThat(evidenceFirst.progress().exams()).isEqualTo(lines);
        assertThat(linesFirst.evidence(refs)).isEqualTo(sentences);
    }

    @Test
    void twoApplicantsMappedOneAfterTheOtherAreEachNumberedFromTheirOwnExams() {
        ApplicantProfile twice = Profiles.minimal().targetSpecialties(Specialty.INTERNAL_MEDICINE)
                .exam(ExamAttempt.failed(Exam.USMLE_STEP1, d("2022-02-01")))
                .exam(ExamAttempt.passed(Exam.USMLE_STEP1, d("2022-06-01"))).build();
        ApplicantProfile once = Profiles.minimal().targetSpecialties(Specialty.INTERNAL_MEDICINE)
                .exam(ExamAttempt.passed(Exam.USMLE_STEP1, d("2022-06-01"))).build();

        ReportMapper first = mapper(data(twice));
        ReportMapper second = mapper(data(once));

        assertThat(first.describe("exams[1]").description()).contains("attempt 2,");
        assertThat(second.describe("exams[0]").description()).contains("attempt 1,");
        assertThat(second.progress().exams()).extracting(ExamLine::attempt).containsExactly(1);
        assertThat(first.progress().exams()).extracting(ExamLine::attempt).containsExactly(1, 2);
    }

    @Test
    void aMapperHoldsNothingThatChangesAfterItIsMade() {
        for (Field f : ReportMapper.class.getDeclaredFields()) {
            if (!Modifier.isStatic(f.getModifiers())) {
                assertThat(Modifier.isFinal(f.getModifiers())).as("%s is final", f.getName()).isTrue();
                assertThat(f.getType().isArray()).as("%s is not an array", f.getName()).isFalse();
            }
        }
    }

    // ---- evidence ----

    @Test
    void anExamReferenceReadsAsTheAttemptWithItsNumberAndAScheduledOneAsItsDate() {
        ApplicantProfile p = Profiles.minimal().targetSpecialties(Specialty.INTERNAL_MEDICINE)
                .exam(ExamAttempt.passed(Exam.USMLE_STEP1, d("2022-06-01")))
                .exam(ExamAttempt.failed(Exam.USMLE_STEP1, d("2022-02-01")))
                .exam(ExamAttempt.scheduled(Exam.USMLE_STEP2_CK, d("2026-07-01"))).build();
        ReportMapper mapper = mapper(data(p, List.of("exams[1]")));

        ReportEvidence retake = mapper.describe("exams[0]");
        ReportEvidence first = mapper.describe("exams[1]");
        ReportEvidence scheduled = mapper.describe("exams[2]");

        assertThat(retake.description()).startsWith("USMLE Step 1, attempt 2, ").endsWith(": passed");
        assertThat(retake.verified()).isTrue();
        assertThat(first.description()).startsWith("USMLE Step 1, attempt 1, ").endsWith(": failed");
        assertThat(first.verified()).as("exams[1] is unverified").isFalse();
        assertThat(scheduled.description()).startsWith("USMLE Step 2 CK scheduled for ");
        assertThat(List.of(retake, first, scheduled)).allMatch(e -> e.privateDetail() == null);
    }

    @Test
    void aLeavesReasonAndAProfessionalismEventsDetailAreKeptApartAsAdvisorOnly() {
        ApplicantProfile p = Profiles.minimal().targetSpecialties(Specialty.INTERNAL_MEDICINE)
                .timelineEntry(TimelineEntry.leave(LeaveReason.HEALTH, d("2021-01-11"), d("2021-06-30")))
                .professionalismEvent(new ProfessionalismEvent(d("2020-11-01"), "late arrivals", true, false))
                .build();
        ReportMapper mapper = mapper(data(p));

        ReportEvidence leave = mapper.describe("timeline[0]");
        ReportEvidence event = mapper.describe("professionalismEvents[0]");

        assertThat(leave.privateDetail()).startsWith("Reason for the leave: ");
        assertThat(leave.description()).doesNotContain("Reason");
        assertThat(event.description()).startsWith("Professionalism event, ").doesNotContain("late arrivals");
        assertThat(event.privateDetail()).isEqualTo("late arrivals (formal remediation: yes; in the MSPE: no)");
    }

    @Test
    void profileFieldsReadAsSentencesAndAnUnknownOrMissingReferenceStaysAsWritten() {
        ApplicantProfile p = Profiles.minimal().targetSpecialties(Specialty.INTERNAL_MEDICINE, Specialty.PEDIATRICS)
                .build();
        ApplicantData d = data(p, List.of("letters[3]"));

        assertThat(mapper(d).describe("graduationDate").description()).startsWith("Graduated ");
        assertThat(mapper(d).describe("targetSpecialties").description())
                .isEqualTo("Target specialties: Internal Medicine, Pediatrics");
        assertThat(mapper(d).evidence(List.of("letters[3]", "somethingElse")))
                .containsExactly(new ReportEvidence("letters[3]", false, null), new ReportEvidence("somethingElse", true, null));
    }

    // ---- the report's own shapes ----

    @Test
    void eachMissingThingOfTheSubmissionChecklistIsWordedAsWhatToDoAndOtherPhasesAreNotOnIt() {
        Map<ChecklistKind, ReportChecklistKind> expected = new EnumMap<>(ChecklistKind.class);
        expected.put(ChecklistKind.EXPLANATION_MISSING, ReportChecklistKind.EXPLANATION_DRAFTED);
        expected.put(ChecklistKind.EXPLANATION_NOT_REVIEWED, ReportChecklistKind.EXPLANATION_REVIEWED);
        expected.put(ChecklistKind.LETTER_NOT_RECEIVED, ReportChecklistKind.LETTER_RECEIVED);
        expected.put(ChecklistKind.LETTERS_SHORT, ReportChecklistKind.LETTER_RECEIVED);
        expected.put(ChecklistKind.STEP2_SCORE_NOT_AVAILABLE, ReportChecklistKind.STEP2_SCORE_AVAILABLE);
        expected.put(ChecklistKind.PROGRAM_LIST_SHORT, ReportChecklistKind.PROGRAM_LIST_COMPLETE);

        for (ChecklistKind kind : ChecklistKind.values()) {
            if (kind.phase() == SeasonPhase.PREPARING) {
                assertThat(ReportMapper.checklistKind(kind)).as(kind.name()).isEqualTo(expected.get(kind));
            } else {
                assertThatThrownBy(() -> ReportMapper.checklistKind(kind)).as(kind.name())
                        .isInstanceOf(IllegalArgumentException.class);
            }
        }
        assertThat(expected.keySet()).allMatch(k -> k.phase() == SeasonPhase.PREPARING);
        assertThat(expected.values()).containsAll(List.of(ReportChecklistKind.values()));
    }

    @Test
    void theReadinessChecklistIsTheAssessmentsSubmissionItemsAllOpenWithTheirTexts() {
        ExampleCase c = ExampleCases.pedsObservershipsLateStep2();
        RuleSet rules = RuleSet.defaults(c.matchYear()).withSchool(SCHOOL);
        Assessment a = Assessor.assess(c.profile(), rules, c.asOf());
        List<ChecklistItem> submission = a.readiness().checklist().stream()
                .filter(i -> i.kind().phase() == SeasonPhase.PREPARING).toList();

        ReadinessReport report = mapper(data(c.profile(), a, rules, List.of())).readiness();

        assertThat(submission).isNotEmpty();
        assertThat(report.checklist()).extracting(ReportChecklistItem::subject)
                .containsExactlyElementsOf(submission.stream().map(ChecklistItem::text).toList());
        assertThat(report.checklist()).extracting(ReportChecklistItem::kind)
                .containsExactlyElementsOf(submission.stream().map(i -> ReportMapper.checklistKind(i.kind())).toList());
        assertThat(report.checklist()).noneMatch(ReportChecklistItem::done);
        assertThat(report.openChecklistItems()).isEqualTo(submission.size());
    }

    @Test
    void anActionShowsOverdueOnlyWhileOpenAndPastItsDueDate() {
        LocalDate today = d("2026-05-15");
        LocalDate yesterday = today.minusDays(1);
        Map<ActionStatus, ReportActionStatus> onTime = Map.of(ActionStatus.PLANNED, ReportActionStatus.NOT_STARTED,
                ActionStatus.IN_PROGRESS, ReportActionStatus.IN_PROGRESS, ActionStatus.DONE, ReportActionStatus.DONE,
                ActionStatus.DROPPED, ReportActionStatus.NOT_STARTED);
        Map<ActionStatus, ReportActionStatus> late = Map.of(ActionStatus.PLANNED, ReportActionStatus.OVERDUE,
                ActionStatus.IN_PROGRESS, ReportActionStatus.OVERDUE, ActionStatus.DONE, ReportActionStatus.DONE,
                ActionStatus.DROPPED, ReportActionStatus.OVERDUE);
        List<ReportActionStatus> shown = new ArrayList<>();

        for (ActionStatus stored : ActionStatus.values()) {
            assertThat(ReportMapper.actionStatus(stored, today, today)).as("%s due today", stored).isEqualTo(onTime.get(stored));
            assertThat(ReportMapper.actionStatus(stored, null, today)).as("%s undated", stored).isEqualTo(onTime.get(stored));
            assertThat(ReportMapper.actionStatus(stored, yesterday, today)).as("%s due yesterday", stored)
                    .isEqualTo(late.get(stored));
            shown.add(ReportMapper.actionStatus(stored, today, today));
            shown.add(ReportMapper.actionStatus(stored, yesterday, today));
        }
        assertThat(shown).containsAll(List.of(ReportActionStatus.values()));
    }

    @Test
    void openFlagsAreTheActiveOnesInRuleOrderWithTheAddressedOnesMarked() {
        ExampleCase c = ExampleCases.medPedsStep1Retake();
        RuleSet rules = RuleSet.defaults(c.matchYear()).withSchool(SCHOOL);
        Assessment a = Assessor.assess(c.profile(), rules, c.asOf());
        List<FlagView> flags = new ArrayList<>();
        FlagStatus[] states = {FlagStatus.ADDRESSED, FlagStatus.CLOSED, FlagStatus.OPEN};
        for (int i = 0; i < a.flags().size(); i++) {
            flags.add(view(i + 1, a.flags().get(i), states[i % states.length]));
        }

        var lines = mapper(data(c.profile(), a, rules, flags.reversed())).progress().openFlags();

        assertThat(a.flags()).hasSizeGreaterThanOrEqualTo(3);
        List<FlagView> active = flags.stream().filter(f -> f.state() != FlagStatus.CLOSED).toList();
        assertThat(lines).extracting(l -> l.rule()).containsExactlyElementsOf(active.stream().map(FlagView::rule).sorted().toList());
        assertThat(lines).extracting(l -> l.addressed())
                .containsExactlyElementsOf(active.stream().sorted(java.util.Comparator.comparing(FlagView::rule))
                        .map(f -> f.state() == FlagStatus.ADDRESSED).toList());
        assertThat(lines).allMatch(l -> !l.evidence().isEmpty());
    }

    // ---- fixtures ----

    private static ApplicantData data(ApplicantProfile p) {
        return data(p, List.of());
    }

    private static ApplicantData data(ApplicantProfile p, List<String> unverified) {
        Assessment a = Assessor.assess(p, RULES, Profiles.AS_OF);
        return new ApplicantData(new ApplicantRecord(1, 0, p, unverified, null, false), a, RULES, List.of(), List.of(),
                List.of(), new RemediationPlan(null, List.of()), "Ada Advisor", "Pat Preparer", List.of());
    }

    private static ApplicantData data(ApplicantProfile p, Assessment a, RuleSet rules, List<FlagView> flags) {
        return new ApplicantData(new ApplicantRecord(1, 0, p, List.of(), null, false), a, rules, flags, List.of(),
                List.of(), new RemediationPlan(null, List.of()), "Ada Advisor", "Pat Preparer", List.of());
    }

    private static FlagView view(long id, Flag f, FlagStatus state) {
        return new FlagView(id, f.rule(), f.category(), f.severity(), f.pattern(), f.message(), f.evidence(), state,
                Profiles.AS_OF, null, null, null, null, 1, false);
    }
}
