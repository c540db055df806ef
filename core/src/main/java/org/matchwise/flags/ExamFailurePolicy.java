package org.matchwise.flags;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.matchwise.applicant.Exam;
import org.matchwise.applicant.ExamAttempt;
import org.matchwise.applicant.ExamOutcome;
import org.matchwise.flags.Evidence.Source;

/**
 * R1: any FAIL attempt. HIGH for a Step 2 CK / Level 2-CE failure or from
 * {@code examFailuresForHigh} failures, else MEDIUM. PATTERN from {@code patternEvents} failures;
 * otherwise ISOLATED_RECOVERED when the same exam was passed after the latest failure (no failure of
 * any exam can follow it, being the latest), else ISOLATED. Evidence: every failure and the first
 * later pass of each failed exam.
 */
record ExamFailurePolicy() implements FlagPolicy {
    @Override
    public RuleId rule() {
        return RuleId.R1;
    }

    @Override
    public Optional<Flag> evaluate(FlagContext ctx) {
        List<ExamAttempt> exams = ctx.profile.exams();
        int failures = 0;
        boolean step2Failure = false;
        int latest = -1;
        for (int i = 0; i < exams.size(); i++) {
            ExamAttempt a = exams.get(i);
            if (a.outcome() == ExamOutcome.FAIL) {
                failures++;
                step2Failure |= a.exam().step() == 2;
                if (latest < 0 || a.date().isAfter(exams.get(latest).date())) {
                    latest = i;
                }
            }
        }
        if (failures == 0) {
            return Optional.empty();
        }
        Severity severity = step2Failure || failures >= ctx.thresholds.examFailuresForHigh() ? Severity.HIGH : Severity.MEDIUM;
        PatternMark pattern;
        if (failures >= ctx.thresholds.patternEvents()) {
            pattern = PatternMark.PATTERN;
        } else {
            pattern = passAfter(exams, exams.get(latest).exam(), exams.get(latest).date()) >= 0
                    ? PatternMark.ISOLATED_RECOVERED : PatternMark.ISOLATED;
        }
        Evidence evidence = new Evidence();
        List<String> parts = new ArrayList<>();
        for (Exam exam : Exam.values()) {
            List<LocalDate> failDates = new ArrayList<>();
            LocalDate lastFail = null;
            for (int i = 0; i < exams.size(); i++) {
                ExamAttempt a = exams.get(i);
                if (a.exam() == exam && a.outcome() == ExamOutcome.FAIL) {
                    evidence.add(Source.EXAMS, i);
                    failDates.add(a.date());
                    int pass = passAfter(exams, exam, a.date());
                    if (pass >= 0) {
                        evidence.add(Source.EXAMS, pass);
                    }
                    lastFail = lastFail == null || a.date().isAfter(lastFail) ? a.date() : lastFail;
                }
            }
            if (failDates.isEmpty()) {
                continue;
            }
            failDates.sort(null);
            String dates = String.join(", ", failDates.stream().map(LocalDate::toString).toList());
            int pass = passAfter(exams, exam, lastFail);
            parts.add(pass >= 0
                    ? ctx.msg("r1.failedPassed", exam, dates, exams.get(pass).date())
                    : ctx.msg("r1.failed", exam, dates));
        }
        return Optional.of(ctx.flag(rule(), severity, pattern, FlagContext.join(parts), evidence));
    }

    /** The earliest PASS of {@code exam} dated after {@code after}, or -1. */
    static int passAfter(List<ExamAttempt> exams, Exam exam, LocalDate after) {
        int best = -1;
        for (int i = 0; i < exams.size(); i++) {
            ExamAttempt a = exams.get(i);
            if (a.exam() == exam && a.outcome() == ExamOutcome.PASS && a.date().isAfter(after)
                    && (best < 0 || a.date().isBefore(exams.get(best).date()))) {
                best = i;
            }
        }
        return best;
    }
}
