package org.matchwise.applicant;

/** What the applicant was doing during a timeline entry. */
public enum TimelineKind { EDUCATION, WORK, RESEARCH, EXAM_PREPARATION, CAREGIVING, VOLUNTEERING, LEAVE_OF_ABSENCE }
