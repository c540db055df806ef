package org.matchwise.reports;

import java.util.List;
import java.util.Objects;
import org.matchwise.applicant.CycleOutcome;

/** For a re-applicant: what changed since the last unmatched cycle, and what did not. */
public record SinceLastCycle(int lastMatchYear, CycleOutcome lastOutcome, List<String> changed, List<String> unchanged) {
    public SinceLastCycle {
        Objects.requireNonNull(lastOutcome, "lastOutcome");
        changed = List.copyOf(changed);
        unchanged = List.copyOf(unchanged);
    }
}
