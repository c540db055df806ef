package org.matchwise.note.persistence;

/** PRIVATE: the applicant's advisors and admins only. SHARED: the applicant sees it too. */
public enum NoteVisibility { PRIVATE, SHARED }
