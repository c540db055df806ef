package org.matchwise.flags;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An advisor's own flag (R18): communication, English proficiency, weak interview, ...
 * Several manual flags may exist at once (R18 is the one rule that is not "one flag per rule").
 *
 * @param category always MANUAL (null is read as MANUAL)
 * @param author   optional: who entered it
 * @param date     optional: when it was entered
 */
public record ManualFlag(FlagCategory category, Severity severity, String message, String author, LocalDate date) {
    public ManualFlag {
        category = category == null ? FlagCategory.MANUAL : category;
        if (category != FlagCategory.MANUAL) {
            throw new IllegalArgumentException("a manual flag has category MANUAL, was " + category);
        }
        Objects.requireNonNull(severity, "severity is required");
        Objects.requireNonNull(message, "message is required");
    }

    public ManualFlag(Severity severity, String message, String author, LocalDate date) {
        this(FlagCategory.MANUAL, severity, message, author, date);
    }
}
