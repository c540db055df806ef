package org.matchwise.reportexport;

/** Where a cohort export stands: queued, running, done (the ZIP can be downloaded), failed, or expired (done, ZIP removed). */
public enum ExportState { QUEUED, RUNNING, DONE, FAILED, EXPIRED }
