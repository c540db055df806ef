package org.matchwise.remediation;

import java.time.LocalDate;
import java.util.Objects;
import org.matchwise.flags.FlagCategory;

/**
 * One action suggested for a flag, ready to be added to a remediation plan.
 *
 * @param category    the flag category it answers
 * @param code        stable identifier of the catalogue entry (the same action may answer several categories)
 * @param title       short title, from the message bundle
 * @param description what to do and why, from the message bundle
 * @param owner       who carries it out by default
 * @param due         the due date to use: the calendar date, or, when that is already past on the
 *                    as-of day, the as-of day plus the catalogue's grace period
 * @param calendarDue the due date the calendar alone gives, which may be in the past
 */
public record SuggestedAction(
        FlagCategory category,
        String code,
        String title,
        String description,
        Owner owner,
        LocalDate due,
        LocalDate calendarDue) {

    public SuggestedAction {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(calendarDue, "calendarDue");
    }

    /** True when the calendar date had already passed and the due date was moved forward. */
    public boolean movedFromPast() {
        return !due.equals(calendarDue);
    }
}
