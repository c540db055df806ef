package org.matchwise.applicant.ui;

/**
 * Who edits an entry list, which decides what the editor offers. ADVISOR: every entry can be changed and removed,
 * advisor-only fields (a letter's strength, a leave's reason) are shown, and an entry the applicant made can be
 * verified. APPLICANT: entries not yet verified can be changed and removed; a verified entry (or one the office
 * entered) only gets "Request a correction", which the advisor decides on.
 */
public enum EditorRole {
    ADVISOR, APPLICANT
}
