package org.matchwise.reportexport.persistence;

/** Where a cohort export stands. */
public enum ExportStatus { QUEUED, RUNNING, DONE, FAILED, EXPIRED, CANCELLED }
