package org.matchwise.applicant;

import java.time.LocalDate;

/**
 * A practice test (NBME n, UWSA n, ...) toward an exam.
 *
 * @param predictedScore optional; validated like an exam score
 */
public record PracticeAssessment(Exam exam, String form, LocalDate date, Integer predictedScore) {
    public PracticeAssessment {
        Checks.required(exam, "exam");
        Checks.required(form, "form");
        Checks.required(date, "date");
        Checks.score(predictedScore, exam, "predictedScore");
    }
}
