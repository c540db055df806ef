package org.matchwise.applicant;

/** The outcome of an exam attempt; SCHEDULED is a plan, not an attempt. */
public enum ExamOutcome { PASS, FAIL, SCHEDULED }
