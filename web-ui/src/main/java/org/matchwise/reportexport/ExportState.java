package org.matchwise.reportexport;

/**
 * Where a cohort export stands: queued, running, done (the ZIP can be downloaded), failed, expired (done, ZIP
 * removed) or cancelled by a user.
 */
public enum ExportState { QUEUED, RUNNING, DONE, FAILED, EXPIRED, CANCELLED }
