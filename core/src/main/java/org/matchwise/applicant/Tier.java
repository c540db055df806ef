package org.matchwise.applicant;

/** How competitive a program is for this applicant, for program-list counts per tier. */
public enum Tier { REACH, TARGET, SAFETY }
