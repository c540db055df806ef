package org.matchwise.reports;

import java.util.List;
import java.util.Objects;
import org.matchwise.readiness.Verdict;

/**
 * The (re)application readiness report: the verdict with every reason traced to its rule and
 * evidence, the submission checklist, what changed since the last cycle, the program-list strategy
 * and the rule-set version used. It always carries the "advice, not a prediction" disclaimer.
 *
 * @param sinceLastCycle {@code null} for a first-time applicant
 * @param privateNotes   advisor-only notes on the assessment (left out of the applicant's copy)
 */
public record ReadinessReport(ReportHeader header, ReportApplicant applicant, CycleInfo cycle, Verdict verdict,
                              List<ReportReason> reasons, List<ReportChecklistItem> checklist, SinceLastCycle sinceLastCycle,
                              ProgramStrategy strategy, RuleSetRef ruleSet,
                              List<NoteLine> sharedNotes, @AdvisorPrivate List<NoteLine> privateNotes) {
    public ReadinessReport {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(applicant, "applicant");
        Objects.requireNonNull(cycle, "cycle");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(strategy, "strategy");
        Objects.requireNonNull(ruleSet, "ruleSet");
        reasons = List.copyOf(reasons);
        checklist = List.copyOf(checklist);
        sharedNotes = List.copyOf(sharedNotes);
        privateNotes = privateNotes == null ? List.of() : List.copyOf(privateNotes);
    }

    public long openChecklistItems() {
        return checklist.stream().filter(i -> !i.done()).count();
    }
}
