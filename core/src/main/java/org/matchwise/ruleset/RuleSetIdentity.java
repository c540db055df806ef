package org.matchwise.ruleset;

/**
 * Which rule set produced an assessment, so an old report can be re-read.
 *
 * @param school  the owning school's id, or null for the built-in defaults
 * @param version 1 for a new match year, increased by each edit
 */
public record RuleSetIdentity(String school, int matchYear, int version) {
    public RuleSetIdentity {
        if (version < 1) {
            throw new IllegalArgumentException("version must be 1 or more, was " + version);
        }
    }
}
