package org.matchwise.plan.persistence;

/** Where a remediation action stands. */
public enum ActionStatus { PLANNED, IN_PROGRESS, DONE, DROPPED }
