package org.matchwise.reports;

import java.util.Objects;

/** The rule-set version an assessment used, so an old report can be re-read. */
public record RuleSetRef(String school, int matchYear, int version) {
    public RuleSetRef {
        Objects.requireNonNull(school, "school");
    }
}
