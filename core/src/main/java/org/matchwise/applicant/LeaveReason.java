package org.matchwise.applicant;

/** Why a leave of absence was taken; sensitive, shown to advisors only. */
public enum LeaveReason { HEALTH, FAMILY, ACADEMIC, PERSONAL, OTHER }
