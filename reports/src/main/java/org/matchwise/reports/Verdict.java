package org.matchwise.reports;

/** The readiness verdict for a cycle (domain.md, "Readiness"). */
public enum Verdict {
    READY,
    READY_WITH_RISKS,
    NOT_READY
}
