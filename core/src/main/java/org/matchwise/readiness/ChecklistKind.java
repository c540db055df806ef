package org.matchwise.readiness;

/** What a submission checklist item asks for before certifying ERAS. */
public enum ChecklistKind {
    EXPLANATION_MISSING, EXPLANATION_NOT_REVIEWED, LETTER_NOT_RECEIVED, LETTERS_SHORT, STEP2_SCORE_NOT_AVAILABLE,
    PROGRAM_LIST_SHORT
}
