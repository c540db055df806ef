package org.matchwise.account;

/** What a user may do: run the office, advise a caseload, or keep their own record current. */
public enum Role {
    ADMIN,
    ADVISOR,
    APPLICANT
}
