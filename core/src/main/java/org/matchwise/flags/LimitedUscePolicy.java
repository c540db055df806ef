package org.matchwise.flags;

import org.matchwise.text.MessageTemplates;
import java.util.List;
import java.util.Optional;
import org.matchwise.applicant.ClinicalExperience;
import org.matchwise.flags.Evidence.Source;

/**
 * R9: US hands-on months ({@link Figures#handsOnUsMonths}) below {@code usceHandsOnMonths}; an applicant
 * with observerships only has zero hands-on months, so the rule covers that case too. MEDIUM.
 * Evidence: every US clinical experience, or the "clinicalExperiences" list when there is none.
 */
record LimitedUscePolicy() implements FlagPolicy {
    @Override
    public RuleId rule() {
        return RuleId.R9;
    }

    @Override
    public Optional<Flag> evaluate(FlagContext ctx) {
        double months = Figures.handsOnUsMonths(ctx.profile, ctx.ruleSet, ctx.asOf);
        double limit = ctx.thresholds.usceHandsOnMonths();
        if (months >= limit) {
            return Optional.empty();
        }
        List<ClinicalExperience> clinical = ctx.profile.clinicalExperiences();
        Evidence evidence = new Evidence();
        boolean observerships = false;
        boolean handsOn = false;
        for (int i = 0; i < clinical.size(); i++) {
            ClinicalExperience c = clinical.get(i);
            if (c.us() && c.kind().isClinical()) {
                evidence.add(Source.CLINICAL, i);
                observerships |= !c.kind().isHandsOn();
                handsOn |= c.kind().isHandsOn();
            }
        }
        if (evidence.isEmpty()) {
            evidence.add(Source.CLINICAL_LIST);
        }
        String message = observerships && !handsOn
                ? ctx.msg("r9.observershipsOnly", MessageTemplates.months(limit))
                : ctx.msg("r9.limited", MessageTemplates.months(months), MessageTemplates.months(limit));
        return Optional.of(ctx.flag(rule(), Severity.MEDIUM, null, message, evidence));
    }
}
