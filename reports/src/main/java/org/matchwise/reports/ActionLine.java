package org.matchwise.reports;

import java.time.LocalDate;
import java.util.Objects;
import org.matchwise.flags.FlagCategory;

/** One action of a remediation plan, answering flags of one category. */
public record ActionLine(FlagCategory answers, String action, String owner, LocalDate due, ReportActionStatus status,
                         String evidence) {
    public ActionLine {
        Objects.requireNonNull(answers, "answers");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(status, "status");
    }
}
