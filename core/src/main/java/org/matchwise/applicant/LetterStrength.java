package org.matchwise.applicant;

/** The advisor's rating of a letter; GENERIC and CONCERN raise R11. */
public enum LetterStrength {
    STRONG, STANDARD, GENERIC, CONCERN;

    public boolean isWeak() {
        return this == GENERIC || this == CONCERN;
    }
}
