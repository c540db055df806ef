package org.matchwise.reports;

import java.util.List;
import java.util.Objects;

/**
 * The cohort and cycle a report is about.
 *
 * @param cohort      cohort name, e.g. "Match 2027 re-applicants"
 * @param matchYear   the year of Match Day
 * @param cycleNumber 1 for a first application, 2 for the first re-application, ...
 * @param earlier     earlier cycles, most recent first
 */
public record CycleInfo(String cohort, int matchYear, int cycleNumber, List<PastCycle> earlier) {
    public CycleInfo {
        Objects.requireNonNull(cohort, "cohort");
        earlier = List.copyOf(earlier);
    }
}
