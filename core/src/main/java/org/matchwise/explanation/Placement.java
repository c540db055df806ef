package org.matchwise.explanation;

/** Where an explanation will be read or heard (seed 001 §5). */
public enum Placement {
    /** The ERAS "Additional Information" field: a short, self-contained written explanation. */
    ERAS_ADDITIONAL_INFORMATION,
    /** A paragraph or two inside the personal statement, which is mostly about something else. */
    PERSONAL_STATEMENT,
    /** An answer prepared to be spoken in an interview, 60 to 90 seconds long by default (seed 000). */
    INTERVIEW_ANSWER
}
