package org.matchwise.reports;

import java.util.Objects;

/**
 * One item of the submission checklist.
 *
 * @param subject what the item is about, e.g. the flag, the letter writer or the specialty
 */
public record ChecklistItem(ChecklistKind kind, String subject, boolean done) {
    public ChecklistItem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
    }
}
