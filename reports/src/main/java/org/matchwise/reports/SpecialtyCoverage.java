package org.matchwise.reports;

import java.util.Objects;

/** Whether a target specialty is covered by US clinical experience, and by how many months. */
public record SpecialtyCoverage(String specialty, boolean covered, double usMonths) {
    public SpecialtyCoverage {
        Objects.requireNonNull(specialty, "specialty");
    }
}
