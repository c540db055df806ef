package org.matchwise.reportexport;

/**
 * Where a cohort export stands: queued, running, done (the ZIP can be downloaded), failed, expired (done, ZIP
 * removed) or cancelled by a user. The one vocabulary for the stored job (by name), the export service, the
 * exports screen and the REST API.
 */
public enum ExportStatus { QUEUED, RUNNING, DONE, FAILED, EXPIRED, CANCELLED }
