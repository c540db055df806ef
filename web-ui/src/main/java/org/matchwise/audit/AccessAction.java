package org.matchwise.audit;

/** What a user did with an applicant record, for the access log. */
public enum AccessAction { VIEW_PROFILE, VIEW_OVERVIEW, VIEW_ASSESSMENT, VIEW_HISTORY, VIEW_NOTES, EXPORT_PROFILE, EXPORT_REPORT }
