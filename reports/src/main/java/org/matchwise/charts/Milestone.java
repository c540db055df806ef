package org.matchwise.charts;

import java.time.LocalDate;
import java.util.Objects;

/** A dated point on a timeline with its (localised) label. */
public record Milestone(LocalDate date, String label, MilestoneKind kind) {
    public Milestone {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(kind, "kind");
    }
}
