package org.matchwise.reports;

import java.time.LocalDate;
import java.util.Objects;
import org.matchwise.applicant.ExamOutcome;

/**
 * One exam attempt.
 *
 * @param exam     display name, e.g. "USMLE Step 1"
 * @param attempt  1, 2, ... (0 for a scheduled date)
 * @param score    numeric score, or {@code null} (pass/fail exams, scheduled dates)
 * @param verified whether an advisor has verified the applicant-entered result
 */
public record ExamLine(String exam, int attempt, LocalDate date, ExamOutcome outcome, Integer score, boolean verified) {
    public ExamLine {
        Objects.requireNonNull(exam, "exam");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(outcome, "outcome");
    }
}
