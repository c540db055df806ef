package org.matchwise.applicant;

/**
 * What an applicant asked of, or did to, an entry of their record that an advisor answers (domain.md "Records and
 * privacy": nothing verified disappears quietly).
 */
public enum EntryRequestKind {
    /** A correction request: change a verified entry, or one the office entered, into the proposed one. */
    CHANGE,
    /** A correction request: remove a verified entry, or one the office entered. */
    REMOVE,
    /** A notice: the applicant removed an unverified entry of their own; an advisor acknowledges it. */
    REMOVED;

    /** Whether an advisor accepts or declines it (a request), rather than acknowledging it (a notice). */
    public boolean isCorrection() {
        return this != REMOVED;
    }
}
