package org.matchwise.reports;

/**
 * What must be done before certifying ERAS (ERAS locks the application at certification), as the report's
 * checklist words it: core's {@code readiness.ChecklistKind} names what is missing (two of its kinds, a letter
 * not received and too few letters, print as one).
 */
public enum ReportChecklistKind {
    EXPLANATION_DRAFTED,
    EXPLANATION_REVIEWED,
    LETTER_RECEIVED,
    STEP2_SCORE_AVAILABLE,
    PROGRAM_LIST_COMPLETE
}
