package org.matchwise.reports;

import java.util.List;
import java.util.Objects;

/**
 * The applicant progress summary: identity, cohort and cycle, exams and the practice-score trend,
 * US clinical experience, letters, open flags, remediation plan, Step 2 CK timing and notes.
 *
 * @param scoreTarget  band the practice scores are drawn against, or {@code null}
 * @param sharedNotes  advising notes shared with the applicant
 * @param privateNotes advising notes private to advisors (left out of the applicant's copy)
 */
public record ProgressSummary(ReportHeader header, ReportApplicant applicant, CycleInfo cycle,
                              List<ExamLine> exams, List<PracticeScoreLine> practiceScores, ScoreTarget scoreTarget,
                              UsceSummary usce, List<LetterLine> letters, List<FlagLine> openFlags,
                              RemediationPlan remediation, ReportStep2Timing step2,
                              List<NoteLine> sharedNotes, @AdvisorPrivate List<NoteLine> privateNotes) {
    public ProgressSummary {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(applicant, "applicant");
        Objects.requireNonNull(cycle, "cycle");
        Objects.requireNonNull(usce, "usce");
        Objects.requireNonNull(remediation, "remediation");
        Objects.requireNonNull(step2, "step2");
        exams = List.copyOf(exams);
        practiceScores = List.copyOf(practiceScores);
        letters = List.copyOf(letters);
        openFlags = List.copyOf(openFlags);
        sharedNotes = List.copyOf(sharedNotes);
        privateNotes = privateNotes == null ? List.of() : List.copyOf(privateNotes);
    }
}
