package org.matchwise.reports;

/** How an application cycle ended (mirrors the domain's cycle outcome). */
public enum CycleOutcome {
    MATCHED,
    SOAP_MATCHED,
    UNMATCHED,
    WITHDREW,
    IN_PROGRESS
}
