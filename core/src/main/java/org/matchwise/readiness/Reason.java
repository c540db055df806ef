package org.matchwise.readiness;

import java.util.List;
import java.util.Objects;
import org.matchwise.flags.RuleId;
import org.matchwise.flags.Severity;

/**
 * One point of a readiness assessment, with the rule and records that produced it.
 *
 * @param rule     the rule, or null for a point derived from figures rather than a flag
 * @param severity the flag's severity, or null for an informational point
 * @param blocking true when the point alone makes the verdict NOT_READY
 */
public record Reason(RuleId rule, Severity severity, boolean blocking, String text, List<String> evidence) {
    public Reason {
        Objects.requireNonNull(text, "text is required");
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
