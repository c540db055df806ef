package org.matchwise.reports;

import static org.matchwise.flags.PatternMark.ISOLATED;
import static org.matchwise.flags.PatternMark.ISOLATED_RECOVERED;
import static org.matchwise.flags.Severity.HIGH;
import static org.matchwise.flags.Severity.MEDIUM;

import java.time.LocalDate;
import java.util.List;
import org.matchwise.applicant.ClinicalKind;
import org.matchwise.applicant.CycleOutcome;
import org.matchwise.applicant.ExamOutcome;
import org.matchwise.applicant.LetterStatus;
import org.matchwise.applicant.LetterStrength;
import org.matchwise.flags.FlagCategory;
import org.matchwise.flags.RuleId;
import org.matchwise.flags.Step2Status;
import org.matchwise.readiness.Verdict;

/**
 * Realistic sample data: a US-IMG Med-Peds re-applicant for match year 2027 (unmatched in 2026)
 * with a Step 1 failure then pass, a 2021 leave of absence, a remediated professionalism event,
 * two US hands-on months, no US pediatrics yet and Step 2 CK booked too late for opening day.
 */
final class SampleReports {

    static final String NAME = "Daniela Ríos-Whitaker";
    static final String NON_LATIN_NAME = "Łucja Ñúñez-Øberg";

    /** Advisor-private content: each must be absent from the applicant's copy. */
    static final String PRIVATE_NOTE = "Disclosed financial strain; refer to the school hardship fund before May.";
    static final String LEAVE_REASON = "Reason: health (own). Return-to-study clearance from the treating physician is on file.";
    static final String PROFESSIONALISM_DETAIL = "Repeated late arrival on the surgery clerkship and one discourteous email to a resident; plan with the Dean of Students completed Dec 2020.";

    static final LocalDate AS_OF = LocalDate.of(2026, 3, 16);

    private SampleReports() {
    }

    static ReportHeader header() {
        return new ReportHeader("Caribe Norte Advising Office", AS_OF, "Dr. Helen Marsh, Residency Advisor");
    }

    static ReportApplicant applicant(String name) {
        return new ReportApplicant(name, "d.rios.whitaker@example.edu", "US-IMG", "None",
                "Universidad del Caribe Norte School of Medicine", "Mexico", LocalDate.of(2023, 6, 30),
                List.of("Internal Medicine–Pediatrics", "Pediatrics"), "Dr. Helen Marsh");
    }

    static CycleInfo cycle() {
        return new CycleInfo("Match 2027 — IMG re-applicants", 2027, 2,
                List.of(new PastCycle(2026, CycleOutcome.UNMATCHED, 45, 1)));
    }

    static ReportStep2Timing step2() {
        return new ReportStep2Timing(Step2Status.LATE, LocalDate.of(2026, 9, 2), LocalDate.of(2026, 9, 30),
                LocalDate.of(2026, 6, 1), LocalDate.of(2026, 9, 24), 28);
    }

    static List<FlagLine> openFlags() {
        return List.of(
                new FlagLine(RuleId.R1, MEDIUM, ISOLATED_RECOVERED,
                        "USMLE Step 1 failed once (May 2022) and passed on the second attempt (Nov 2022).",
                        List.of(ReportEvidence.of("USMLE Step 1, attempt 1, 10 May 2022: fail", true),
                                ReportEvidence.of("USMLE Step 1, attempt 2, 18 Nov 2022: pass", true)), false),
                new FlagLine(RuleId.R2, MEDIUM, null, "Two attempts at USMLE Step 1.",
                        List.of(ReportEvidence.of("USMLE Step 1 attempts of 10 May 2022 and 18 Nov 2022", true)), false),
                new FlagLine(RuleId.R6, MEDIUM, ISOLATED, "Leave of absence from January to June 2021.",
                        List.of(new ReportEvidence("Leave of absence, 11 Jan 2021 to 30 Jun 2021", true, LEAVE_REASON)), true),
                new FlagLine(RuleId.R9, MEDIUM, null, "2.0 months of US hands-on experience; the rule set asks for at least 3.0.",
                        List.of(ReportEvidence.of("Hands-on, Internal Medicine, Mercy St. Vincent Medical Center, Sep–Oct 2025", true)), false),
                new FlagLine(RuleId.R10, MEDIUM, null, "No US clinical experience in Pediatrics; Med-Peds needs both fields.",
                        List.of(ReportEvidence.of("Target specialties: Internal Medicine–Pediatrics, Pediatrics", true)), false),
                new FlagLine(RuleId.R11, MEDIUM, null, "No US letter in Pediatrics or Med-Peds has been requested yet.",
                        List.of(ReportEvidence.of("Letter from Dr. Priya Raman (Med-Peds): identified, not requested", false)), false),
                new FlagLine(RuleId.R13, HIGH, ISOLATED, "One professionalism event in 2020, formally remediated and noted in the MSPE.",
                        List.of(new ReportEvidence("Professionalism event, Oct 2020; formal remediation completed; noted in MSPE", true,
                                PROFESSIONALISM_DETAIL)), false),
                new FlagLine(RuleId.R14, MEDIUM, null, "One earlier cycle without a match (2026).",
                        List.of(ReportEvidence.of("Cycle 2026: 45 programs, 1 interview, unmatched", true)), false),
                new FlagLine(RuleId.R16, HIGH, null,
                        "Step 2 CK on 2 Sep 2026; the score is expected on 30 Sep 2026, after programs' opening day (24 Sep 2026).",
                        List.of(ReportEvidence.of("USMLE Step 2 CK scheduled for 2 Sep 2026", false),
                                ReportEvidence.of("USMLE Step 1 failed on 10 May 2022", true)), false));
    }

    static ProgressSummary progress() {
        return progress(NAME);
    }

    static ProgressSummary progress(String name) {
        List<ExamLine> exams = List.of(
                new ExamLine("USMLE Step 1", 1, LocalDate.of(2022, 5, 10), ExamOutcome.FAIL, null, true),
                new ExamLine("USMLE Step 1", 2, LocalDate.of(2022, 11, 18), ExamOutcome.PASS, null, true),
                new ExamLine("USMLE Step 2 CK", 0, LocalDate.of(2026, 9, 2), ExamOutcome.SCHEDULED, null, false));
        List<PracticeScoreLine> practice = List.of(
                new PracticeScoreLine("Step 2 CK", "NBME 9", LocalDate.of(2025, 12, 6), 209),
                new PracticeScoreLine("Step 2 CK", "NBME 10", LocalDate.of(2026, 1, 10), 216),
                new PracticeScoreLine("Step 2 CK", "UWSA 1", LocalDate.of(2026, 1, 31), 224),
                new PracticeScoreLine("Step 2 CK", "NBME 11", LocalDate.of(2026, 2, 21), 221),
                new PracticeScoreLine("Step 2 CK", "NBME 12", LocalDate.of(2026, 3, 14), 229));
        UsceSummary usce = new UsceSummary(1.97, 3.0, 0.92,
                List.of(new ExperienceLine(ClinicalKind.HANDS_ON, "Internal Medicine", "Mercy St. Vincent Medical Center, Toledo, OH",
                                true, LocalDate.of(2025, 9, 1), LocalDate.of(2025, 10, 30), 1.94, true),
                        new ExperienceLine(ClinicalKind.OBSERVERSHIP, "Internal Medicine", "Cleveland Clinic, Cleveland, OH",
                                true, LocalDate.of(2025, 11, 3), LocalDate.of(2025, 12, 1), 0.92, true),
                        new ExperienceLine(ClinicalKind.HANDS_ON, "Pediatrics", "Hospital Civil de Guadalajara",
                                false, LocalDate.of(2022, 1, 10), LocalDate.of(2022, 3, 4), 1.77, true),
                        new ExperienceLine(ClinicalKind.RESEARCH, "Pediatrics", "University of Toledo, pediatric asthma outcomes",
                                true, LocalDate.of(2025, 12, 8), null, 3.25, false)),
                List.of(new ReportSpecialtyCoverage("Internal Medicine", true, 2.9),
                        new ReportSpecialtyCoverage("Pediatrics", false, 0)));
        List<LetterLine> letters = List.of(
                new LetterLine("Dr. Margaret O'Connell", "Internal Medicine", true, LetterStatus.UPLOADED, null, true, LetterStrength.STRONG),
                new LetterLine("Dr. Rafael Domínguez", "Pediatrics", false, LetterStatus.RECEIVED, null, true, LetterStrength.STANDARD),
                new LetterLine("Dr. Samuel Adeyemi", "Internal Medicine", true, LetterStatus.PROMISED, LocalDate.of(2026, 7, 15), true, LetterStrength.GENERIC),
                new LetterLine("Dr. Priya Raman", "Internal Medicine–Pediatrics", true, LetterStatus.IDENTIFIED, LocalDate.of(2026, 8, 15), true, null));
        RemediationPlan plan = new RemediationPlan(LocalDate.of(2026, 3, 5), List.of(
                new ActionLine(FlagCategory.STEP2_TIMING, "Move Step 2 CK to July 2026 once two NBME forms reach 235", "Applicant",
                        LocalDate.of(2026, 4, 30), ReportActionStatus.IN_PROGRESS, null),
                new ActionLine(FlagCategory.EXAM_FAILURE, "Daily timed 40-question blocks; one NBME form every three weeks", "Applicant",
                        LocalDate.of(2026, 7, 1), ReportActionStatus.IN_PROGRESS, "14 of 16 weeks logged"),
                new ActionLine(FlagCategory.SPECIALTY_EXPOSURE, "Secure a four-week US pediatrics sub-internship", "Applicant",
                        LocalDate.of(2026, 5, 31), ReportActionStatus.NOT_STARTED, null),
                new ActionLine(FlagCategory.LETTERS, "Request the Med-Peds letter from Dr. Raman with CV and bullet points", "Applicant",
                        LocalDate.of(2026, 3, 1), ReportActionStatus.OVERDUE, null),
                new ActionLine(FlagCategory.LEAVE_OF_ABSENCE, "Explain the 2021 leave with exact dates for ERAS", "Applicant",
                        LocalDate.of(2026, 2, 28), ReportActionStatus.DONE, "Draft 2 reviewed on 5 Mar 2026"),
                new ActionLine(FlagCategory.MULTIPLE_CYCLES, "Collect feedback from the 2026 interview program", "Dr. Helen Marsh",
                        LocalDate.of(2026, 1, 31), ReportActionStatus.DONE, "Feedback call notes of 22 Jan 2026")));
        return new ProgressSummary(header(), applicant(name), cycle(), exams, practice,
                new ScoreTarget("Step 2 CK", "Med-Peds", 230, 240), usce, letters, openFlags(), plan, step2(),
                List.of(new NoteLine(LocalDate.of(2026, 3, 5), "Dr. Helen Marsh",
                        "Practice scores rose 20 points since December. Book Step 2 CK for July so the score is out before programs open.")),
                List.of(new NoteLine(LocalDate.of(2026, 3, 5), "Dr. Helen Marsh", PRIVATE_NOTE)));
    }

    static ReadinessReport readiness() {
        return readiness(NAME);
    }

    static ReadinessReport readiness(String name) {
        List<FlagLine> flags = openFlags();
        List<ReportReason> reasons = flags.stream()
                .map(f -> new ReportReason(f.rule(), f.severity(), f.summary(),
                        f.rule() == RuleId.R16 || f.rule() == RuleId.R9 || f.rule() == RuleId.R10, f.evidence()))
                .toList();
        List<ReportChecklistItem> checklist = List.of(
                new ReportChecklistItem(ReportChecklistKind.EXPLANATION_DRAFTED, "Step 1 failure (2022)", true),
                new ReportChecklistItem(ReportChecklistKind.EXPLANATION_DRAFTED, "Leave of absence (2021)", true),
                new ReportChecklistItem(ReportChecklistKind.EXPLANATION_DRAFTED, "Professionalism event (2020)", false),
                new ReportChecklistItem(ReportChecklistKind.EXPLANATION_REVIEWED, "Leave of absence (2021)", true),
                new ReportChecklistItem(ReportChecklistKind.EXPLANATION_REVIEWED, "Step 1 failure (2022)", false),
                new ReportChecklistItem(ReportChecklistKind.LETTER_RECEIVED, "Dr. Margaret O'Connell, Internal Medicine", true),
                new ReportChecklistItem(ReportChecklistKind.LETTER_RECEIVED, "Dr. Samuel Adeyemi, Internal Medicine", false),
                new ReportChecklistItem(ReportChecklistKind.LETTER_RECEIVED, "Dr. Priya Raman, Internal Medicine–Pediatrics", false),
                new ReportChecklistItem(ReportChecklistKind.STEP2_SCORE_AVAILABLE, "expected 30 Sep 2026", false),
                new ReportChecklistItem(ReportChecklistKind.PROGRAM_LIST_COMPLETE, "Internal Medicine–Pediatrics, 62 of 90", false));
        SinceLastCycle since = new SinceLastCycle(2026, CycleOutcome.UNMATCHED,
                List.of("Two months of US hands-on internal medicine (Sep–Oct 2025)",
                        "Letter from Dr. Margaret O'Connell (US, internal medicine) uploaded",
                        "Research post in pediatric asthma outcomes since Dec 2025",
                        "Practice scores up from 209 to 229"),
                List.of("No US clinical experience in pediatrics",
                        "Step 2 CK still not taken",
                        "Program list still centred on university programs"));
        ProgramStrategy strategy = new ProgramStrategy(List.of(
                new StrategyLine("Internal Medicine–Pediatrics", 10, 30, 22, 90, null),
                new StrategyLine("Pediatrics", 5, 25, 20, 40, 80)), true,
                "Add every IMG-friendly Med-Peds program, including community programs in the Midwest.");
        return new ReadinessReport(header(), applicant(name), cycle(), Verdict.NOT_READY, reasons, checklist, since, strategy,
                new RuleSetRef("Caribe Norte Advising Office", 2027, 3),
                List.of(new NoteLine(LocalDate.of(2026, 3, 16), "Dr. Helen Marsh",
                        "If Step 2 CK moves to July and the pediatrics sub-internship is confirmed, we reassess in May.")),
                List.of(new NoteLine(LocalDate.of(2026, 3, 16), "Dr. Helen Marsh", PRIVATE_NOTE)));
    }

    static CohortSummary cohort() {
        List<ApplicantUsce> usce = List.of(
                new ApplicantUsce(NAME, 1.97), new ApplicantUsce(NON_LATIN_NAME, 4.6), new ApplicantUsce("Nguyễn Thị Hoa", 6.1),
                new ApplicantUsce("Dmitri Volkov", 2.4), new ApplicantUsce("Aisha Bello", 3.3), new ApplicantUsce("Rahul Iyer", 8.0),
                new ApplicantUsce("María José Peña", 0.9), new ApplicantUsce("Chen Wei", 3.0), new ApplicantUsce("Fatima Al-Sayed", 5.2),
                new ApplicantUsce("Jonas Müller", 2.9), new ApplicantUsce("Grace Owusu", 4.0), new ApplicantUsce("Tomás Ferreira", 1.2));
        return new CohortSummary(header(), "Match 2027 — IMG advising cohort", 2027, usce.size(),
                List.of(new OutcomeRow(2024, 7, 2, 2, 1, 0), new OutcomeRow(2025, 8, 1, 3, 0, 0),
                        new OutcomeRow(2026, 6, 2, 4, 1, 0), new OutcomeRow(2027, 0, 0, 0, 0, 12)),
                List.of(new CategoryCount(FlagCategory.EXAM_FAILURE, 5, 2), new CategoryCount(FlagCategory.MULTIPLE_ATTEMPTS, 4, 0),
                        new CategoryCount(FlagCategory.LIMITED_USCE, 6, 0), new CategoryCount(FlagCategory.SPECIALTY_EXPOSURE, 3, 0),
                        new CategoryCount(FlagCategory.LETTERS, 7, 0), new CategoryCount(FlagCategory.TRAINING_GAP, 2, 1),
                        new CategoryCount(FlagCategory.MULTIPLE_CYCLES, 5, 1), new CategoryCount(FlagCategory.STEP2_TIMING, 3, 2),
                        new CategoryCount(FlagCategory.PROFESSIONALISM, 1, 1), new CategoryCount(FlagCategory.TIME_SINCE_GRADUATION, 2, 0)),
                List.of(new VerdictCount(Verdict.READY, 3), new VerdictCount(Verdict.READY_WITH_RISKS, 6), new VerdictCount(Verdict.NOT_READY, 3)),
                usce, 3.0, new RuleSetRef("Caribe Norte Advising Office", 2027, 3));
    }
}
