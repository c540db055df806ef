package org.matchwise.ruleset;

import java.util.Set;
import org.matchwise.applicant.Specialty;

/** "{@code count} US letters whose writer's specialty is in {@code specialties}" (R11). */
public record LetterRequirement(int count, Set<Specialty> specialties) {
    public LetterRequirement {
        if (count < 1) {
            throw new IllegalArgumentException("count must be 1 or more, was " + count);
        }
        specialties = Set.copyOf(specialties);
        if (specialties.isEmpty()) {
            throw new IllegalArgumentException("a letter requirement needs at least one specialty");
        }
    }

    public static LetterRequirement of(int count, Specialty... specialties) {
        return new LetterRequirement(count, Set.of(specialties));
    }
}
