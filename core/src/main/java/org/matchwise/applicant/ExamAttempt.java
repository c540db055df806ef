package org.matchwise.applicant;

import java.time.LocalDate;

/**
 * One sitting of a licensing exam, or a planned one (outcome SCHEDULED, dated on the test day).
 *
 * @param exam    required
 * @param date    required: the test date (planned date for SCHEDULED)
 * @param outcome required
 * @param score   optional numeric score (null: pass/fail exam, or not yet reported); 1 to
 *                {@link Exam#maxScore()}, otherwise {@link IllegalArgumentException}
 */
public record ExamAttempt(Exam exam, LocalDate date, ExamOutcome outcome, Integer score) {
    public ExamAttempt {
        Checks.required(exam, "exam");
        Checks.required(date, "date");
        Checks.required(outcome, "outcome");
        Checks.score(score, exam, "score");
    }

    public static ExamAttempt passed(Exam exam, LocalDate date) {
        return new ExamAttempt(exam, date, ExamOutcome.PASS, null);
    }

    public static ExamAttempt passed(Exam exam, LocalDate date, int score) {
        return new ExamAttempt(exam, date, ExamOutcome.PASS, score);
    }

    public static ExamAttempt failed(Exam exam, LocalDate date) {
        return new ExamAttempt(exam, date, ExamOutcome.FAIL, null);
    }

    public static ExamAttempt scheduled(Exam exam, LocalDate date) {
        return new ExamAttempt(exam, date, ExamOutcome.SCHEDULED, null);
    }

    /** True for PASS and FAIL: a SCHEDULED entry is a plan, not an attempt. */
    public boolean isAttempt() {
        return outcome != ExamOutcome.SCHEDULED;
    }
}
