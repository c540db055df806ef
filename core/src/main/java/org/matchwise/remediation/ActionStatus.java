package org.matchwise.remediation;

/**
 * Where a remediation action stands; the one vocabulary for the stored plan, the case file and the portal (stored
 * by name, so the constants' names are the stored values and the REST API's words).
 */
public enum ActionStatus { PLANNED, IN_PROGRESS, DONE, DROPPED }
