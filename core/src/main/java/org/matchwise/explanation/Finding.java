package org.matchwise.explanation;

import java.util.Objects;

/**
 * One thing the checker noticed: which check, how much it matters, a plain-language message for the
 * applicant, and the stretch of the draft it is about (the offending words, or the whole text or
 * section when the finding is about something missing).
 */
public record Finding(CheckId check, Level level, String message, Span span) {

    public Finding {
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(span, "span");
    }
}
