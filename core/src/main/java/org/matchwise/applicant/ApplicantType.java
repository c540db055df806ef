package org.matchwise.applicant;

/** Where the applicant studied medicine, as programs classify it. */
public enum ApplicantType { US_MD, US_DO, US_IMG, NON_US_IMG }
