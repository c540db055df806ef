package org.matchwise.reports;

import java.util.Objects;
import org.matchwise.applicant.CycleOutcome;

/** An earlier application cycle of the applicant. */
public record PastCycle(int matchYear, CycleOutcome outcome, int programsApplied, int interviews) {
    public PastCycle {
        Objects.requireNonNull(outcome, "outcome");
    }
}
