package org.matchwise.reports;

import java.util.List;
import java.util.Objects;

/**
 * The office's cohort summary: outcomes by match year, open flags by category, the readiness mix
 * and US hands-on months per applicant. For the office only, so it has no applicant variant.
 */
public record CohortSummary(ReportHeader header, String cohortName, int matchYear, int applicantCount,
                            List<OutcomeRow> outcomesByMatchYear, List<CategoryCount> flagsByCategory,
                            List<VerdictCount> readinessMix, List<ApplicantUsce> usce, double usceThresholdMonths,
                            RuleSetRef ruleSet) {
    public CohortSummary {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(cohortName, "cohortName");
        Objects.requireNonNull(ruleSet, "ruleSet");
        outcomesByMatchYear = List.copyOf(outcomesByMatchYear);
        flagsByCategory = List.copyOf(flagsByCategory);
        readinessMix = List.copyOf(readinessMix);
        usce = List.copyOf(usce);
    }
}
