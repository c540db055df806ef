package org.matchwise.applicant;

/** Whether a clinical experience took place at a university or a community hospital. */
public enum Setting { UNIVERSITY, COMMUNITY }
