package org.matchwise.explanation;

/** The four parts every red-flag explanation needs (seed 001 §3.3), in the order they are usually told. */
public enum Part {
    WHAT_HAPPENED,
    WHAT_LEARNED,
    WHAT_CHANGED,
    EVIDENCE
}
