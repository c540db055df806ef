package org.matchwise.reports;

import java.util.List;

/**
 * US clinical experience at a glance.
 *
 * @param handsOnUsMonths    total US hands-on months
 * @param thresholdMonths    the rule set's minimum (R9)
 * @param observershipMonths total observership months (not hands-on)
 */
public record UsceSummary(double handsOnUsMonths, double thresholdMonths, double observershipMonths,
                          List<ExperienceLine> experiences, List<ReportSpecialtyCoverage> coverage) {
    public UsceSummary {
        experiences = List.copyOf(experiences);
        coverage = List.copyOf(coverage);
    }

    public boolean belowThreshold() {
        return handsOnUsMonths < thresholdMonths;
    }
}
