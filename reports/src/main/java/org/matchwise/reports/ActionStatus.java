package org.matchwise.reports;

/** Status of one remediation action. */
public enum ActionStatus {
    NOT_STARTED,
    IN_PROGRESS,
    DONE,
    OVERDUE
}
