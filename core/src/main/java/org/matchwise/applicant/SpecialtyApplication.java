package org.matchwise.applicant;

import java.util.EnumMap;
import java.util.Map;

/**
 * The applications to one specialty within a cycle.
 *
 * @param interviews      optional (null while unknown)
 * @param programsPerTier optional split of the programs into REACH / TARGET / SAFETY; empty when unknown
 */
public record SpecialtyApplication(Specialty specialty, int programsApplied, Integer interviews,
        Map<Tier, Integer> programsPerTier) {
    public SpecialtyApplication {
        Checks.required(specialty, "specialty");
        Checks.nonNegative(programsApplied, "programsApplied");
        Checks.nonNegative(interviews, "interviews");
        EnumMap<Tier, Integer> tiers = new EnumMap<>(Tier.class);
        if (programsPerTier != null) {
            programsPerTier.forEach((tier, count) -> {
                Checks.required(tier, "programsPerTier key");
                tiers.put(tier, Checks.nonNegative(Checks.required(count, "programsPerTier." + tier), "programsPerTier." + tier));
            });
        }
        programsPerTier = Map.copyOf(tiers);
    }

    public SpecialtyApplication(Specialty specialty, int programsApplied, Integer interviews) {
        this(specialty, programsApplied, interviews, Map.of());
    }
}
