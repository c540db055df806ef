package org.matchwise.audit;

/** What a user did with an applicant record, for the access log (worded in i18n/accesslog.properties). */
public enum AccessAction {
    VIEW_PROFILE, VIEW_OVERVIEW, VIEW_ASSESSMENT, VIEW_HISTORY, VIEW_NOTES, EXPORT_PROFILE, EXPORT_REPORT,
    /** The record's flags (REST /flags, the case view, the portal's explanation screen). */
    VIEW_FLAGS,
    /** The record of disclosures of the applicant's reports. */
    VIEW_DISCLOSURES,
    /** The remediation plan (the portal's plan screen). */
    VIEW_PLAN,
    /** The explanation drafts (the portal's explanation screen). */
    VIEW_DRAFTS,
    /** The applicant's correction requests and removal notices. */
    VIEW_REQUESTS,
    /** An evidence file the applicant uploaded. */
    DOWNLOAD_EVIDENCE,
    /** A cohort export's ZIP, which holds this applicant's reports: one row per applicant in it. */
    DOWNLOAD_EXPORT,
    /** An import compared the stored record with a row of its file (preview or import). */
    IMPORT_COMPARE
}
