package org.matchwise.reports;

import java.time.LocalDate;
import java.util.List;

/** The remediation plan: its actions and when the advisor last reviewed it ({@code null} if never). */
public record RemediationPlan(LocalDate lastReviewed, List<ActionLine> actions) {
    public RemediationPlan {
        actions = List.copyOf(actions);
    }

    public long doneCount() {
        return actions.stream().filter(a -> a.status() == ReportActionStatus.DONE).count();
    }

    public long overdueCount() {
        return actions.stream().filter(a -> a.status() == ReportActionStatus.OVERDUE).count();
    }
}
