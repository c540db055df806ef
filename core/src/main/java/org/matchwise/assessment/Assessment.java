package org.matchwise.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.matchwise.flags.Flag;
import org.matchwise.flags.Step2Timing;
import org.matchwise.readiness.Readiness;
import org.matchwise.ruleset.RuleSetIdentity;

/**
 * The result of assessing one applicant for one cycle as of a date (the preview answer of
 * profile-format.md).
 *
 * @param matchYear the assessed cycle's match year (the rule set's)
 * @param ruleSet   which rule set (school, match year, version) produced it
 * @param flags     sorted by rule number
 */
public record Assessment(int matchYear, LocalDate asOf, RuleSetIdentity ruleSet, List<Flag> flags,
        Step2Timing step2Timing, Readiness readiness) {
    public Assessment {
        Objects.requireNonNull(asOf, "asOf is required");
        Objects.requireNonNull(ruleSet, "ruleSet is required");
        flags = List.copyOf(flags);
        Objects.requireNonNull(step2Timing, "step2Timing is required");
        Objects.requireNonNull(readiness, "readiness is required");
    }
}
