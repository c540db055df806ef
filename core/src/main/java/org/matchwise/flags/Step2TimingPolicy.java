package org.matchwise.flags;

import java.util.List;
import java.util.Optional;
import org.matchwise.applicant.ExamAttempt;
import org.matchwise.applicant.ExamOutcome;
import org.matchwise.flags.Evidence.Source;

/**
 * R16: the Step 2 CK timing ({@link Step2Timing}) is LATE, FAILED_NOT_PASSED or NOT_SCHEDULED. HIGH
 * when Step 1 or Step 2 CK (or their COMLEX levels) was ever failed, or R3 fires; else MEDIUM.
 * Evidence: the scheduled attempt and every Step 1 / Step 2 failure; "exams" when there is none.
 */
record Step2TimingPolicy() implements FlagPolicy {
    @Override
    public RuleId rule() {
        return RuleId.R16;
    }

    @Override
    public Optional<Flag> evaluate(FlagContext ctx) {
        Step2Timing timing = ctx.step2Timing();
        if (!timing.status().isRisk()) {
            return Optional.empty();
        }
        Evidence evidence = new Evidence();
        if (timing.attemptIndex() >= 0) {
            evidence.add(Source.EXAMS, timing.attemptIndex());
        }
        boolean failed = false;
        List<ExamAttempt> exams = ctx.profile.exams();
        for (int i = 0; i < exams.size(); i++) {
            ExamAttempt a = exams.get(i);
            if (a.outcome() == ExamOutcome.FAIL && a.exam().step() <= 2) {
                failed = true;
                evidence.add(Source.EXAMS, i);
            }
        }
        if (evidence.isEmpty()) {
            evidence.add(Source.EXAMS_LIST);
        }
        Severity severity = failed || ctx.fired(RuleId.R3) ? Severity.HIGH : Severity.MEDIUM;
        String message = switch (timing.status()) {
            case LATE -> ctx.msg("r16.late", timing.exam(), exams.get(timing.attemptIndex()).date(),
                    timing.scoreAvailableBy(), timing.programsOpen());
            case FAILED_NOT_PASSED -> ctx.msg("r16.failed", timing.exam(), timing.programsOpen());
            default -> ctx.msg("r16.notScheduled", timing.exam(), timing.programsOpen());
        };
        return Optional.of(ctx.flag(rule(), severity, null, message, evidence));
    }
}
