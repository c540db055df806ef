package org.matchwise.flags;

/**
 * Whether a flag is a one-time event (possibly followed by recovery) or a pattern; programs read
 * the two very differently (seeds 000, 001). Only R1, R6, R12 and R13 carry a mark.
 */
public enum PatternMark {
    ISOLATED,
    ISOLATED_RECOVERED,
    PATTERN
}
