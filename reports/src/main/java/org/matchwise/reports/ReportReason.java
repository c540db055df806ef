package org.matchwise.reports;

import java.util.List;
import java.util.Objects;
import org.matchwise.flags.RuleId;
import org.matchwise.flags.Severity;

/**
 * One reason behind the verdict, traced to the rule that produced it and the records behind it: core's
 * {@code readiness.Reason} with its evidence written out.
 *
 * @param statement display-ready sentence
 * @param decisive  whether this reason alone sets the verdict (e.g. R16 at HIGH makes it NOT_READY)
 */
public record ReportReason(RuleId rule, Severity severity, String statement, boolean decisive, List<ReportEvidence> evidence) {
    public ReportReason {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(statement, "statement");
        evidence = List.copyOf(evidence);
    }
}
