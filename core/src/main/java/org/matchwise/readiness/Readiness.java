package org.matchwise.readiness;

import java.util.List;
import java.util.Objects;

/**
 * Whether the applicant should apply this cycle, with every point traced to a rule and records.
 *
 * @param reasons         blocking conditions first, then every other open flag by rule
 * @param checklist       what to do in the season's current phase ({@code season}): before certifying ERAS, in
 *                        the interview season, or after Match Day
 * @param domains         exams, clinical experience, letters, flags, timeline, strategy, re-application
 * @param cycleComparison what changed since the last unmatched cycle, or null for a first-time applicant
 * @param disclaimer      "Advice, not a prediction of match outcome." (in the requested language)
 * @param season          the phase of the season the checklist is for
 */
public record Readiness(Verdict verdict, List<Reason> reasons, List<ChecklistItem> checklist,
        List<DomainAssessment> domains, ProfileFigures figures, CycleComparison cycleComparison, String disclaimer,
        SeasonPhase season) {
    public Readiness {
        Objects.requireNonNull(verdict, "verdict is required");
        reasons = List.copyOf(reasons);
        checklist = List.copyOf(checklist);
        domains = List.copyOf(domains);
        Objects.requireNonNull(figures, "figures is required");
        Objects.requireNonNull(disclaimer, "disclaimer is required");
        Objects.requireNonNull(season, "season is required");
    }

    /** A readiness before certifying ERAS (the season phase of every assessment made before issue 14). */
    public Readiness(Verdict verdict, List<Reason> reasons, List<ChecklistItem> checklist,
            List<DomainAssessment> domains, ProfileFigures figures, CycleComparison cycleComparison, String disclaimer) {
        this(verdict, reasons, checklist, domains, figures, cycleComparison, disclaimer, SeasonPhase.PREPARING);
    }
}
