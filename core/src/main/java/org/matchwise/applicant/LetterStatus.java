package org.matchwise.applicant;

/** How far a letter of recommendation has come, in order. */
public enum LetterStatus {
    IDENTIFIED, REQUESTED, PROMISED, RECEIVED, UPLOADED;

    /** True from REQUESTED on: the letter counts toward a specialty's requirement (R11). */
    public boolean countsTowardRequirement() {
        return compareTo(REQUESTED) >= 0;
    }

    /** True for RECEIVED and UPLOADED: the readiness checklist treats the letter as done. */
    public boolean isDone() {
        return compareTo(RECEIVED) >= 0;
    }
}
