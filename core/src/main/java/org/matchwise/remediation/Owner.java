package org.matchwise.remediation;

/** Who is expected to carry out a remediation action by default (an advisor may reassign it). */
public enum Owner {
    APPLICANT,
    ADVISOR
}
