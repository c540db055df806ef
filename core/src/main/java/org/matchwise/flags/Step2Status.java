package org.matchwise.flags;

/** Where Step 2 CK stands against programs' opening day (domain.md "Step 2 CK timing"). */
public enum Step2Status {
    PASSED, ON_TRACK, LATE, NOT_SCHEDULED, FAILED_NOT_PASSED;

    /** R16 fires on LATE, FAILED_NOT_PASSED and NOT_SCHEDULED. */
    public boolean isRisk() {
        return this == LATE || this == NOT_SCHEDULED || this == FAILED_NOT_PASSED;
    }
}
