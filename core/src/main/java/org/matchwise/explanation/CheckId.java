package org.matchwise.explanation;

/**
 * The checks the explanation checker runs. Each names what it reports; the messages live in
 * {@code messages.properties} under {@code check.<ID>}.
 */
public enum CheckId {
    /** The draft is empty or only whitespace; no other check runs. */
    EMPTY_TEXT,
    MISSING_WHAT_HAPPENED,
    MISSING_WHAT_LEARNED,
    MISSING_WHAT_CHANGED,
    MISSING_EVIDENCE,
    /** A phrase that puts the cause on someone else ("unfair", "biased", "not my fault"); seed 001 §3.2. */
    BLAME_LANGUAGE,
    /** A vague reason ("personal reasons", "family issues") with no context near it; seed 001 §4.3. */
    VAGUE_REASON,
    /** An explanation of a gap or leave that gives no explicit period ("From July 2020 to March 2021"). */
    GAP_WITHOUT_DATES,
    /** Personal statement only: no paragraph mentions the flag, so the flag checks could not run. */
    FLAG_NOT_FOUND,
    /**
     * Personal statement only: the rule "the flag is <em>not</em> in the first paragraph" is broken, i.e. the
     * statement opens with the flag (seeds 001 §5.2, 003, 004: "do not start with your low Step score").
     */
    FLAG_NOT_IN_FIRST_PARAGRAPH,
    /** Personal statement only: the paragraphs about the flag take more than the allowed share of the words. */
    FLAG_SHARE_TOO_LARGE,
    /** Interview answer only: even spoken slowly it would take less than the minimum time. */
    INTERVIEW_TOO_SHORT,
    /** Interview answer only: even spoken quickly it would take more than the maximum time. */
    INTERVIEW_TOO_LONG
}
