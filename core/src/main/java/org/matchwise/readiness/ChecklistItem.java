package org.matchwise.readiness;

import java.util.List;
import java.util.Objects;

/** Something to do before certifying ERAS (the application locks at certification). */
public record ChecklistItem(ChecklistKind kind, String text, List<String> evidence) {
    public ChecklistItem {
        Objects.requireNonNull(kind, "kind is required");
        Objects.requireNonNull(text, "text is required");
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
