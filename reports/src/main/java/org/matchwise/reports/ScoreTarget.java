package org.matchwise.reports;

import java.util.Objects;

/** The rule set's score band for the primary specialty that practice scores are measured against. */
public record ScoreTarget(String exam, String specialty, int low, int high) {
    public ScoreTarget {
        Objects.requireNonNull(exam, "exam");
        Objects.requireNonNull(specialty, "specialty");
    }
}
