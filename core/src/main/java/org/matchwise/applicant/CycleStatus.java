package org.matchwise.applicant;

/**
 * Where an application season stands: OPEN while prepared, SUBMITTED once applications went out, CLOSED after the
 * outcome. The one vocabulary for the stored cycle, the views and the REST API (stored by name).
 */
public enum CycleStatus { OPEN, SUBMITTED, CLOSED }
