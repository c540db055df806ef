package org.matchwise.reportexport;

/** Where a cohort export stands: queued, running, done (the ZIP can be downloaded) or failed. */
public enum ExportState { QUEUED, RUNNING, DONE, FAILED }
