package org.matchwise.readiness;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Something to do in the current phase of the season ({@link ChecklistKind#phase()}).
 *
 * @param due the date it is due by, from the rule set's calendar (null: no date of its own)
 */
public record ChecklistItem(ChecklistKind kind, String text, List<String> evidence, LocalDate due) {
    public ChecklistItem {
        Objects.requireNonNull(kind, "kind is required");
        Objects.requireNonNull(text, "text is required");
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    public ChecklistItem(ChecklistKind kind, String text, List<String> evidence) {
        this(kind, text, evidence, null);
    }
}
