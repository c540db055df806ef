package org.matchwise.flags;

import java.util.List;
import java.util.Optional;
import org.matchwise.applicant.Exam;
import org.matchwise.applicant.ExamAttempt;
import org.matchwise.flags.Evidence.Source;

/** R4: the highest numeric Step 2 CK lower than the highest numeric Step 1. MEDIUM. */
record ScoreDropPolicy() implements FlagPolicy {
    @Override
    public RuleId rule() {
        return RuleId.R4;
    }

    @Override
    public Optional<Flag> evaluate(FlagContext ctx) {
        List<ExamAttempt> exams = ctx.profile.exams();
        int step1 = Scores.best(exams, Exam.USMLE_STEP1);
        int step2 = Scores.best(exams, Exam.USMLE_STEP2_CK);
        if (step1 < 0 || step2 < 0 || exams.get(step2).score() >= exams.get(step1).score()) {
            return Optional.empty();
        }
        Evidence evidence = new Evidence().add(Source.EXAMS, step1).add(Source.EXAMS, step2);
        String message = ctx.msg("r4.drop", Exam.USMLE_STEP2_CK, exams.get(step2).score(), Exam.USMLE_STEP1,
                exams.get(step1).score());
        return Optional.of(ctx.flag(rule(), Severity.MEDIUM, null, message, evidence));
    }
}
