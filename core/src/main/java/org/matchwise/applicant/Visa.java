package org.matchwise.applicant;

/** The visa the applicant needs for residency; NONE for US citizens and permanent residents. */
public enum Visa { NONE, J1, H1B }
