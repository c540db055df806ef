package org.matchwise.flags;

import java.util.List;
import java.util.Objects;

/**
 * A detected (or manually entered) red flag.
 *
 * @param pattern  ISOLATED / ISOLATED_RECOVERED / PATTERN for R1, R6, R12, R13; null for every other rule
 * @param message  a human sentence in the requested language
 * @param evidence JSON-path-like references into the profile ("exams[0]", "graduationDate", ...)
 */
public record Flag(RuleId rule, FlagCategory category, Severity severity, PatternMark pattern, String message,
        List<String> evidence) {
    public Flag {
        Objects.requireNonNull(rule, "rule is required");
        Objects.requireNonNull(category, "category is required");
        Objects.requireNonNull(severity, "severity is required");
        Objects.requireNonNull(message, "message is required");
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    /** An advisor's flag as R18, carried through unchanged; its message names author and date. */
    public static Flag manual(ManualFlag manual) {
        return new Flag(RuleId.R18, FlagCategory.MANUAL, manual.severity(), null, manual.message(), List.of());
    }
}
