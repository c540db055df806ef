package org.matchwise.reports;

/** Step 2 CK timing against the calendar (R16 fires on LATE, FAILED_NOT_PASSED and NOT_SCHEDULED). */
public enum Step2Status {
    PASSED,
    ON_TRACK,
    LATE,
    FAILED_NOT_PASSED,
    NOT_SCHEDULED
}
