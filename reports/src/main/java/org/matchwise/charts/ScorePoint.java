package org.matchwise.charts;

import java.time.LocalDate;
import java.util.Objects;

/** One practice-test result: when it was taken, the predicted score and the form's name (e.g. "NBME 12"). */
public record ScorePoint(LocalDate date, double score, String label) {
    public ScorePoint {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(label, "label");
    }
}
