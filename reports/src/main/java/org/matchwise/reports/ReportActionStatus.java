package org.matchwise.reports;

/**
 * Status of one remediation action as the report shows it: the stored status (planned, in progress, done) read
 * against the due date, so a late open action is OVERDUE; dropped actions are not printed.
 */
public enum ReportActionStatus {
    NOT_STARTED,
    IN_PROGRESS,
    DONE,
    OVERDUE
}
