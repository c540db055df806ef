package org.matchwise.charts;

/** What a date on the Step 2 CK timeline stands for; each kind has its own colour and legend entry. */
public enum MilestoneKind {
    EXAM_TAKEN,
    EXAM_SCHEDULED,
    SCORE_RELEASE,
    ERAS_OPENS,
    PROGRAMS_OPEN
}
