package org.matchwise.ruleset;

/**
 * How many programs an applicant in a specialty should apply to (readiness strategy and checklist).
 *
 * @param minimum        the list is "short" below this
 * @param typicalMaximum optional upper end of the usual range (Pediatrics 80), null when open-ended
 */
public record ProgramRecommendation(int minimum, Integer typicalMaximum) {
    public ProgramRecommendation {
        if (minimum < 0) {
            throw new IllegalArgumentException("minimum must not be negative, was " + minimum);
        }
    }
}
