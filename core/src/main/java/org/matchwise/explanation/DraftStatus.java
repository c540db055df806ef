package org.matchwise.explanation;

/**
 * Where an applicant's explanation draft stands: DRAFT while the applicant writes, SUBMITTED for review, REVIEWED once
 * an advisor commented. The one vocabulary for the stored draft, the case file and the portal (stored by name).
 */
public enum DraftStatus { DRAFT, SUBMITTED, REVIEWED }
