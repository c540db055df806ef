package org.matchwise.reports;

/** Result of a licensing exam attempt; SCHEDULED is a plan, not an attempt. */
public enum ExamOutcome {
    PASS,
    FAIL,
    SCHEDULED
}
