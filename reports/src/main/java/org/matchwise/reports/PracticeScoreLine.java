package org.matchwise.reports;

import java.time.LocalDate;
import java.util.Objects;

/** A practice self-assessment (e.g. "NBME 12") with its predicted score. */
public record PracticeScoreLine(String form, LocalDate date, int predictedScore) {
    public PracticeScoreLine {
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(date, "date");
    }
}
