package org.matchwise.explanation;

/** How much a finding matters: a problem should be fixed before the draft is used; advice is worth a look. */
public enum Level {
    ADVICE,
    PROBLEM
}
