package org.matchwise.applicant.persistence;

/** Where an application season stands: OPEN while prepared, SUBMITTED once applications went out, CLOSED after the outcome. */
public enum CycleStatus { OPEN, SUBMITTED, CLOSED }
