package org.matchwise.note;

/**
 * PRIVATE: the applicant's advisors and admins only. SHARED: the applicant sees it too. The one vocabulary for the
 * stored note, the case file, the portal and the reports (stored by name).
 */
public enum NoteVisibility { PRIVATE, SHARED }
