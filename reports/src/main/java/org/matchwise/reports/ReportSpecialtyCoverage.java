package org.matchwise.reports;

import java.util.Objects;

/**
 * Whether a target specialty is covered by US clinical experience, and by how many months: the report's line for
 * one of core's {@code flags.SpecialtyCoverage}.
 */
public record ReportSpecialtyCoverage(String specialty, boolean covered, double usMonths) {
    public ReportSpecialtyCoverage {
        Objects.requireNonNull(specialty, "specialty");
    }
}
