package org.matchwise.flags;

import java.util.List;
import java.util.Set;
import org.matchwise.applicant.Specialty;

/**
 * Whether a target specialty is covered by US clinical experience (R10 arithmetic).
 *
 * @param required the groups that must each be covered (Med-Peds: {IM, Med-Peds} and {Pediatrics, Med-Peds})
 * @param missing  the groups with no US clinical experience
 * @param evidence the experiences that cover a group
 */
public record SpecialtyCoverage(Specialty target, List<Set<Specialty>> required, List<Set<Specialty>> missing,
        List<String> evidence) {
    public SpecialtyCoverage {
        required = List.copyOf(required);
        missing = List.copyOf(missing);
        evidence = List.copyOf(evidence);
    }

    public boolean covered() {
        return missing.isEmpty();
    }
}
