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
        Passes passes = new Passes(exams);
        Severity severity = step2Failure || failures >= ctx.thresholds.examFailuresForHigh() ? Severity.HIGH : Severity.MEDIUM;
        PatternMark pattern;
        if (failures >= ctx.thresholds.patternEvents()) {
            pattern = PatternMark.PATTERN;
        } else {
            pattern = passes.after(exams.get(latest).exam(), exams.get(latest).date()) >= 0
                    ? PatternMark.ISOLATED_RECOVERED : PatternMark.ISOLATED;
        }
        // one pass over the attempts groups the failures by exam (in list order, as the evidence wants them)
        Exam[] kinds = Exam.values();
        List<List<Integer>> failuresByExam = new ArrayList<>(kinds.length);
        for (int k = 0; k < kinds.length; k++) {
            failuresByExam.add(new ArrayList<>());
        }
        for (int i = 0; i < exams.size(); i++) {
            ExamAttempt a = exams.get(i);
            if (a.outcome() == ExamOutcome.FAIL) {
                failuresByExam.get(a.exam().ordinal()).add(i);
            }
        }
        Evidence evidence = new Evidence();
        List<String> parts = new ArrayList<>();
        for (Exam exam : kinds) {
            List<Integer> failed = failuresByExam.get(exam.ordinal());
            if (failed.isEmpty()) {
                continue;
            }
            List<LocalDate> failDates = new ArrayList<>(failed.size());
            LocalDate lastFail = null;
            for (int i : failed) {
                ExamAttempt a = exams.get(i);
                evidence.add(Source.EXAMS, i);
                failDates.add(a.date());
                int pass = passes.after(exam, a.date());
                if (pass >= 0) {
                    evidence.add(Source.EXAMS, pass);
                }
                lastFail = lastFail == null || a.date().isAfter(lastFail) ? a.date() : lastFail;
            }
            failDates.sort(null);
            String dates = String.join(", ", failDates.stream().map(LocalDate::toString).toList());
            int pass = passes.after(exam, lastFail);
            parts.add(pass >= 0
                    ? ctx.msg("r1.failedPassed", exam, dates, exams.get(pass).date())
                    : ctx.msg("r1.failed", exam, dates));
        }
        return Optional.of(ctx.flag(rule(), severity, pattern, FlagContext.join(parts), evidence));
    }

    /** The earliest PASS of {@code exam} dated after {@code after}, or -1 (one question; see {@link Passes}). */
    static int passAfter(List<ExamAttempt> exams, Exam exam, LocalDate after) {
        return new Passes(exams).after(exam, after);
    }

    /**
     * The PASS attempts of each exam sorted by date (ties by list position), built once in O(n log n), so "the
     * earliest pass of this exam after that date" costs O(log n) per question instead of a scan of every attempt:
     * R1 asks it for every failure, which made the rule quadratic in the number of attempts.
     */
    static final class Passes {
        private final List<ExamAttempt> exams;
        private final int[][] byExam;

        Passes(List<ExamAttempt> exams) {
            this.exams = exams;
            Exam[] kinds = Exam.values();
            int[] counts = new int[kinds.length];
            for (ExamAttempt a : exams) {
                if (a.outcome() == ExamOutcome.PASS) {
                    counts[a.exam().ordinal()]++;
                }
            }
            byExam = new int[kinds.length][];
            for (int k = 0; k < kinds.length; k++) {
                byExam[k] = new int[counts[k]];
                counts[k] = 0;
            }
            for (int i = 0; i < exams.size(); i++) {
                ExamAttempt a = exams.get(i);
                if (a.outcome() == ExamOutcome.PASS) {
                    int k = a.exam().ordinal();
                    byExam[k][counts[k]++] = i;
                }
            }
            for (int k = 0; k < kinds.length; k++) {
                // indices were added in list order; a stable sort by date keeps the first of equal dates first
                byExam[k] = java.util.Arrays.stream(byExam[k]).boxed()
                        .sorted(java.util.Comparator.comparing((Integer i) -> exams.get(i).date()))
                        .mapToInt(Integer::intValue).toArray();
            }
        }

        /** The index of the earliest PASS of {@code exam} dated strictly after {@code after}, or -1. */
        int after(Exam exam, LocalDate after) {
            int[] passes = byExam[exam.ordinal()];
            int lo = 0;
            int hi = passes.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (exams.get(passes[mid]).date().isAfter(after)) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            return lo < passes.length ? passes[lo] : -1;
        }
    }
}
