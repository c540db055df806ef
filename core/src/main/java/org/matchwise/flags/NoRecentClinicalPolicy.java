package org.matchwise.flags;

import org.matchwise.text.MessageTemplates;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.matchwise.applicant.ClinicalExperience;
import org.matchwise.flags.Evidence.Source;

/**
 * R8: no clinical experience (any clinical kind, US or not; research is not clinical) that is ongoing
 * or ends at most {@code recentClinicalMonths} before ERAS opening. MEDIUM; HIGH when none ends within
 * {@code recentClinicalHighMonths}. Evidence: every clinical experience considered, or the empty
 * "clinicalExperiences" list. Experiences are taken as recorded, planned ones included.
 */
record NoRecentClinicalPolicy() implements FlagPolicy {
    @Override
    public RuleId rule() {
        return RuleId.R8;
    }

    @Override
    public Optional<Flag> evaluate(FlagContext ctx) {
        List<ClinicalExperience> clinical = ctx.profile.clinicalExperiences();
        LocalDate eras = ctx.calendar.erasOpens();
        double fewest = Double.POSITIVE_INFINITY;
        LocalDate lastEnd = null;
        Evidence evidence = new Evidence();
        for (int i = 0; i < clinical.size(); i++) {
            ClinicalExperience c = clinical.get(i);
            if (!c.kind().isClinical() || !c.hasValidDates()) {
                continue;
            }
            if (c.end() == null) {
                return Optional.empty();
            }
            double monthsBefore = ctx.thresholds.monthsBetween(c.end(), eras);
            if (monthsBefore <= ctx.thresholds.recentClinicalMonths()) {
                return Optional.empty();
            }
            evidence.add(Source.CLINICAL, i);
            if (monthsBefore < fewest) {
                fewest = monthsBefore;
                lastEnd = c.end();
            }
        }
        Severity severity = fewest <= ctx.thresholds.recentClinicalHighMonths() ? Severity.MEDIUM : Severity.HIGH;
        String message;
        if (lastEnd == null) {
            evidence.add(Source.CLINICAL_LIST);
            message = ctx.msg("r8.none", eras);
        } else {
            message = ctx.msg("r8.stale", MessageTemplates.months(ctx.thresholds.recentClinicalMonths()), eras, lastEnd);
        }
        return Optional.of(ctx.flag(rule(), severity, null, message, evidence));
    }
}
