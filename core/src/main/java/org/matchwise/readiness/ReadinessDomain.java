package org.matchwise.readiness;

/** The domains a readiness assessment looks at (domain.md "Readiness"). */
public enum ReadinessDomain { EXAMS, CLINICAL_EXPERIENCE, LETTERS, FLAGS, TIMELINE, STRATEGY, REAPPLICATION }
