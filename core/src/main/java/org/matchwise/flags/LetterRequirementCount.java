package org.matchwise.flags;

import org.matchwise.ruleset.LetterRequirement;
import java.util.List;

/**
 * How far the letters meet one requirement of the primary specialty. Each letter counts toward one
 * requirement at most (best assignment).
 *
 * @param counted  US letters assigned, REQUESTED or later (what R11 counts)
 * @param done     US letters assigned among RECEIVED or UPLOADED only (what readiness counts as done)
 * @param evidence the letters counted
 */
public record LetterRequirementCount(LetterRequirement requirement, int counted, int done, List<String> evidence) {
    public LetterRequirementCount {
        evidence = List.copyOf(evidence);
    }

    public int shortfall() {
        return Math.max(0, requirement.count() - counted);
    }

    public int missingDone() {
        return Math.max(0, requirement.count() - done);
    }
}
