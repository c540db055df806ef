package org.matchwise.reports;

/**
 * Who a report is for. The {@link #APPLICANT} copy leaves out every model field marked
 * {@link AdvisorPrivate} (private notes, leave reasons, professionalism event details, letter ratings).
 */
public enum Variant {
    /** For the advising office: everything in the model. */
    OFFICE,
    /** For the applicant: advisor-private content removed before the template sees the model. */
    APPLICANT
}
