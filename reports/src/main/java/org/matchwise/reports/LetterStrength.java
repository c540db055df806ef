package org.matchwise.reports;

/** The advisor's rating of a letter; advisor-private (the applicant may have waived reading it). */
public enum LetterStrength {
    STRONG,
    STANDARD,
    GENERIC,
    CONCERN
}
