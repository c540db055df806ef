package org.matchwise.reports;

/** What must be done before certifying ERAS (ERAS locks the application at certification). */
public enum ChecklistKind {
    EXPLANATION_DRAFTED,
    EXPLANATION_REVIEWED,
    LETTER_RECEIVED,
    STEP2_SCORE_AVAILABLE,
    PROGRAM_LIST_COMPLETE
}
