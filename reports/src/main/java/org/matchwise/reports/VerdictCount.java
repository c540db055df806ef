package org.matchwise.reports;

import java.util.Objects;
import org.matchwise.readiness.Verdict;

/** How many applicants of a cohort got a verdict. */
public record VerdictCount(Verdict verdict, int count) {
    public VerdictCount {
        Objects.requireNonNull(verdict, "verdict");
    }
}
