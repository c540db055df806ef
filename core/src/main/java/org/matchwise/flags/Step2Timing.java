package org.matchwise.flags;

import java.time.LocalDate;
import java.util.Objects;
import org.matchwise.applicant.ApplicantProfile;
import org.matchwise.applicant.Exam;
import org.matchwise.applicant.ExamAttempt;
import org.matchwise.applicant.ExamOutcome;
import org.matchwise.ruleset.RuleSet;

/**
 * When the Step 2 CK score reaches programs, against programs' opening day.
 *
 * @param exam             the exam tracked: USMLE_STEP2_CK, or COMLEX_L2_CE for an applicant who has
 *                         COMLEX Level 2-CE entries and no Step 2 CK entry at all (a DO applying with
 *                         COMLEX only; domain.md is silent, and such an applicant is judged on Level 2-CE)
 * @param scoreAvailableBy the earliest passed attempt's date + score lag (PASSED), the earliest
 *                         scheduled date + lag (ON_TRACK, LATE); null otherwise
 * @param programsOpen     programs' opening day of the assessed match year
 * @param attemptIndex     index into exams of the attempt that set the status, or -1 when none
 */
public record Step2Timing(Step2Status status, LocalDate scoreAvailableBy, LocalDate programsOpen, Exam exam,
        int attemptIndex) {

    public Step2Timing {
        Objects.requireNonNull(status, "status is required");
        Objects.requireNonNull(programsOpen, "programsOpen is required");
        Objects.requireNonNull(exam, "exam is required");
    }

    /** The timing for the rule set's match year. */
    public static Step2Timing of(ApplicantProfile profile, RuleSet ruleSet) {
        Exam tracked = trackedExam(profile);
        LocalDate programsOpen = ruleSet.calendar().programsOpen();
        int lag = ruleSet.thresholds().step2ScoreLagDays();
        int passed = -1;
        int scheduled = -1;
        boolean failed = false;
        var exams = profile.exams();
        for (int i = 0; i < exams.size(); i++) {
            ExamAttempt a = exams.get(i);
            if (a.exam() != tracked) {
                continue;
            }
            if (a.outcome() == ExamOutcome.PASS) {
                if (passed < 0 || a.date().isBefore(exams.get(passed).date())) {
                    passed = i;
                }
            } else if (a.outcome() == ExamOutcome.SCHEDULED) {
                if (scheduled < 0 || a.date().isBefore(exams.get(scheduled).date())) {
                    scheduled = i;
                }
            } else {
                failed = true;
            }
        }
        if (passed >= 0) {
            return new Step2Timing(Step2Status.PASSED, exams.get(passed).date().plusDays(lag), programsOpen, tracked, passed);
        }
        if (scheduled >= 0) {
            LocalDate by = exams.get(scheduled).date().plusDays(lag);
            return new Step2Timing(by.isAfter(programsOpen) ? Step2Status.LATE : Step2Status.ON_TRACK, by, programsOpen,
                    tracked, scheduled);
        }
        return new Step2Timing(failed ? Step2Status.FAILED_NOT_PASSED : Step2Status.NOT_SCHEDULED, null, programsOpen,
                tracked, -1);
    }

    static Exam trackedExam(ApplicantProfile profile) {
        boolean usmle = false;
        boolean comlex = false;
        for (ExamAttempt a : profile.exams()) {
            usmle |= a.exam() == Exam.USMLE_STEP2_CK;
            comlex |= a.exam() == Exam.COMLEX_L2_CE;
        }
        return comlex && !usmle ? Exam.COMLEX_L2_CE : Exam.USMLE_STEP2_CK;
    }
}
