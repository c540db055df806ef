package org.matchwise.readiness;

import java.util.List;
import java.util.Map;
import org.matchwise.applicant.LetterStatus;
import org.matchwise.flags.LetterRequirementCount;
import org.matchwise.flags.SpecialtyCoverage;

/**
 * Figures the dashboards and reports show, computed once with the assessment.
 *
 * @param handsOnUsMonths     US hands-on months, R9 arithmetic
 * @param coverage            US clinical coverage of each target specialty (R10 arithmetic)
 * @param lettersByStatus     letters at each status
 * @param letterRequirements  the primary specialty's letter requirements and the letters counted (R11)
 */
public record ProfileFigures(double handsOnUsMonths, List<SpecialtyCoverage> coverage,
        Map<LetterStatus, Integer> lettersByStatus, List<LetterRequirementCount> letterRequirements) {
    public ProfileFigures {
        coverage = List.copyOf(coverage);
        lettersByStatus = Map.copyOf(lettersByStatus);
        letterRequirements = List.copyOf(letterRequirements);
    }
}
