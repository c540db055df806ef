package org.matchwise.flags;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.matchwise.applicant.Exam;
import org.matchwise.applicant.ExamAttempt;
import org.matchwise.flags.Evidence.Source;

/** R2: more than one PASS/FAIL attempt at the same exam (SCHEDULED entries are plans). MEDIUM. */
record MultipleAttemptsPolicy() implements FlagPolicy {
    @Override
    public RuleId rule() {
        return RuleId.R2;
    }

    @Override
    public Optional<Flag> evaluate(FlagContext ctx) {
        List<ExamAttempt> exams = ctx.profile.exams();
        int[] counts = new int[Exam.values().length];
        boolean any = false;
        for (ExamAttempt a : exams) {
            if (a.isAttempt() && ++counts[a.exam().ordinal()] > 1) {
                any = true;
            }
        }
        if (!any) {
            return Optional.empty();
        }
        Evidence evidence = new Evidence();
        for (int i = 0; i < exams.size(); i++) {
            ExamAttempt a = exams.get(i);
            if (a.isAttempt() && counts[a.exam().ordinal()] > 1) {
                evidence.add(Source.EXAMS, i);
            }
        }
        List<String> parts = new ArrayList<>();
        for (Exam exam : Exam.values()) {
            if (counts[exam.ordinal()] > 1) {
                parts.add(ctx.msg("r2.attempts", counts[exam.ordinal()], exam));
            }
        }
        return Optional.of(ctx.flag(rule(), Severity.MEDIUM, null, FlagContext.join(parts), evidence));
    }
}
