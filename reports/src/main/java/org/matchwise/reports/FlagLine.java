package org.matchwise.reports;

import java.util.List;
import java.util.Objects;
import org.matchwise.flags.FlagCategory;
import org.matchwise.flags.PatternMark;
import org.matchwise.flags.RuleId;
import org.matchwise.flags.Severity;

/**
 * An open red flag.
 *
 * @param pattern   {@code null} for rules that carry no pattern mark
 * @param summary   one sentence, e.g. "Step 1 failed once, passed on the second attempt"
 * @param addressed whether an advisor marked it addressed (it stays open for programs to see)
 */
public record FlagLine(RuleId rule, Severity severity, PatternMark pattern, String summary,
                       List<ReportEvidence> evidence, boolean addressed) {
    public FlagLine {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(summary, "summary");
        evidence = List.copyOf(evidence);
    }

    public FlagCategory category() {
        return rule.category();
    }
}
