package org.matchwise.reports;

import java.util.Objects;

/**
 * One item of the submission checklist as the report prints it: core's {@code readiness.ChecklistItem} says what
 * is missing, this says what must be done and whether it is.
 *
 * @param subject what the item is about, e.g. the flag, the letter writer or the specialty
 */
public record ReportChecklistItem(ReportChecklistKind kind, String subject, boolean done) {
    public ReportChecklistItem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
    }
}
