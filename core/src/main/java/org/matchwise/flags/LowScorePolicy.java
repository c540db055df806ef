package org.matchwise.flags;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.matchwise.applicant.Exam;
import org.matchwise.applicant.ExamAttempt;
import org.matchwise.flags.Evidence.Source;
import org.matchwise.ruleset.ScoreBands;

/**
 * R3: the highest numeric Step 2 CK score below the primary specialty's low band (MEDIUM; HIGH below
 * its high-risk band, Med-Peds 220), or the highest numeric Step 1 below {@code step1NumericLow}
 * (MEDIUM). USMLE only: COMLEX scores use another scale and have no bands.
 */
record LowScorePolicy() implements FlagPolicy {
    @Override
    public RuleId rule() {
        return RuleId.R3;
    }

    @Override
    public Optional<Flag> evaluate(FlagContext ctx) {
        List<ExamAttempt> exams = ctx.profile.exams();
        ScoreBands bands = ctx.ruleSet.scoreBands(ctx.primary);
        Severity severity = null;
        Evidence evidence = new Evidence();
        List<String> parts = new ArrayList<>(2);
        int step1 = Scores.best(exams, Exam.USMLE_STEP1);
        if (step1 >= 0 && exams.get(step1).score() < ctx.thresholds.step1NumericLow()) {
            severity = Severity.MEDIUM;
            evidence.add(Source.EXAMS, step1);
            parts.add(ctx.msg("r3.step1", Exam.USMLE_STEP1, exams.get(step1).score(), ctx.thresholds.step1NumericLow()));
        }
        int step2 = Scores.best(exams, Exam.USMLE_STEP2_CK);
        if (step2 >= 0 && bands.step2Low() != null && exams.get(step2).score() < bands.step2Low()) {
            int score = exams.get(step2).score();
            boolean high = bands.step2HighRisk() != null && score < bands.step2HighRisk();
            severity = high ? Severity.HIGH : Severity.max(severity == null ? Severity.MEDIUM : severity, Severity.MEDIUM);
            evidence.add(Source.EXAMS, step2);
            parts.add(high
                    ? ctx.msg("r3.step2.high", Exam.USMLE_STEP2_CK, score, ctx.primary, bands.step2HighRisk())
                    : ctx.msg("r3.step2", Exam.USMLE_STEP2_CK, score, ctx.primary, bands.step2Low()));
        }
        if (severity == null) {
            return Optional.empty();
        }
        return Optional.of(ctx.flag(rule(), severity, null, FlagContext.join(parts), evidence));
    }
}
