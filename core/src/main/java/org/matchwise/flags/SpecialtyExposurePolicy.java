package org.matchwise.flags;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.matchwise.applicant.Specialty;
import org.matchwise.flags.Evidence.Source;

/**
 * R10: the primary specialty is not covered by US clinical experience ({@link Figures#coverage}); a
 * Med-Peds target needs IM and Pediatrics both covered, a Med-Peds experience covering either. MEDIUM,
 * LOW for the rule set's "soft" specialties (radiology). Evidence: "targetSpecialties" and the
 * experiences that cover the other groups.
 */
record SpecialtyExposurePolicy() implements FlagPolicy {
    @Override
    public RuleId rule() {
        return RuleId.R10;
    }

    @Override
    public Optional<Flag> evaluate(FlagContext ctx) {
        if (ctx.primary == null) {
            return Optional.empty();
        }
        SpecialtyCoverage coverage = Figures.coverage(ctx.profile, ctx.ruleSet, ctx.primary);
        if (coverage.covered()) {
            return Optional.empty();
        }
        List<String> parts = new ArrayList<>();
        for (Set<Specialty> group : coverage.missing()) {
            parts.add(ctx.msg("r10.missing", describe(group, ctx), ctx.primary));
        }
        Evidence evidence = new Evidence().add(Source.TARGET_SPECIALTIES).addRefs(coverage.evidence());
        Severity severity = ctx.ruleSet.softExposureSpecialties().contains(ctx.primary) ? Severity.LOW : Severity.MEDIUM;
        return Optional.of(ctx.flag(rule(), severity, null, FlagContext.join(parts), evidence));
    }

    /** A group in specialty order, "Internal Medicine or Med-Peds"; a group of every specialty reads "any specialty". */
    static String describe(Set<Specialty> group, FlagContext ctx) {
        if (group.size() == Specialty.values().length) {
            return ctx.msg("specialty.any");
        }
        List<String> names = new ArrayList<>();
        for (Specialty s : Specialty.values()) {
            if (group.contains(s)) {
                names.add(ctx.label(s));
            }
        }
        return String.join(ctx.msg("list.or"), names);
    }
}
