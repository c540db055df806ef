package org.matchwise.flags;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.matchwise.applicant.Specialty;
import org.matchwise.flags.Evidence.Source;

/**
 * R15: the target specialties, leaving out the universal ones (prelim medicine, transitional year),
 * fit no single family. A single specialty never scatters, even one in no family (OTHER). LOW.
 */
record SpecialtyScatterPolicy() implements FlagPolicy {
    @Override
    public RuleId rule() {
        return RuleId.R15;
    }

    @Override
    public Optional<Flag> evaluate(FlagContext ctx) {
        Set<Specialty> targets = EnumSet.noneOf(Specialty.class);
        for (Specialty s : ctx.profile.targetSpecialties()) {
            if (!ctx.ruleSet.universalSpecialties().contains(s)) {
                targets.add(s);
            }
        }
        if (targets.size() <= 1) {
            return Optional.empty();
        }
        for (Set<Specialty> family : ctx.ruleSet.families()) {
            if (family.containsAll(targets)) {
                return Optional.empty();
            }
        }
        return Optional.of(ctx.flag(rule(), Severity.LOW, null, ctx.msg("r15.scatter", targets),
                new Evidence().add(Source.TARGET_SPECIALTIES)));
    }
}
