package org.matchwise.applicant;

/** Where an {@link EntryRequestKind entry request} stands: open until an advisor answers it or the applicant withdraws it. */
public enum EntryRequestStatus {
    OPEN,
    /** The advisor applied the change or removal; the history records it as theirs, the entry counts as verified. */
    ACCEPTED,
    /** The advisor left the entry as it is, with an optional note the applicant sees. */
    DECLINED,
    /** The advisor took note of a removal. */
    ACKNOWLEDGED,
    /** The applicant took the request back before an advisor answered it. */
    WITHDRAWN
}
