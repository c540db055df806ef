package org.matchwise.reports;

import java.time.LocalDate;
import java.util.Objects;

/** A practice self-assessment (e.g. "NBME 12") for an exam (e.g. "USMLE Step 2 CK") with its predicted score. */
public record PracticeScoreLine(String exam, String form, LocalDate date, int predictedScore) {
    public PracticeScoreLine {
        Objects.requireNonNull(exam, "exam");
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(date, "date");
    }
}
