package org.matchwise.explanation.persistence;

/** DRAFT while the applicant writes, SUBMITTED for review, REVIEWED once an advisor commented. */
public enum DraftStatus { DRAFT, SUBMITTED, REVIEWED }
