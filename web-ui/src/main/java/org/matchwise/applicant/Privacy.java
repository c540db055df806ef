package org.matchwise.applicant;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.matchwise.assessment.Assessment;
import org.matchwise.flags.Flag;
import org.matchwise.flags.FlagCategory;
import org.matchwise.flags.RuleId;
import org.matchwise.readiness.ChecklistItem;
import org.matchwise.readiness.DomainAssessment;
import org.matchwise.readiness.Readiness;
import org.matchwise.readiness.Reason;

/**
 * What an applicant may see of, and change in, their own record (domain.md "Records and privacy"): leave
 * reasons, professionalism events and the advisor's rating of letters they waived the right to read stay
 * with advisors and admins. An applicant updates their progress (exams, practice tests, experiences, letters,
 * timeline, cycles); identity, targets, academic and professionalism records stay the office's.
 */
final class Privacy {

    /** Profile sections an applicant never sees in the history. */
    static final Set<String> HIDDEN_SECTIONS = Set.of("professionalismEvents");

    private Privacy() {
    }

    static ApplicantProfile redact(ApplicantProfile p) {
        return p.toBuilder()
                .professionalismEvents(List.of())
                .timeline(p.timeline().stream().map(t -> t.reason() == null ? t
                        : new TimelineEntry(t.kind(), t.title(), null, t.start(), t.end(), t.fullTime())).toList())
                .letters(p.letters().stream().map(l -> !l.waived() || l.strength() == null ? l
                        : new Letter(l.writer(), l.specialty(), l.us(), l.academic(), l.status(), null, l.date(),
                                l.waived(), l.dueDate(), l.linkedExperience())).toList())
                .build();
    }

    /**
     * The record after an applicant's edit: their progress sections from {@code submitted}, everything else from
     * {@code stored}; redacted values they could not see (leave reasons, waived letters' ratings) are kept.
     */
    static ApplicantProfile mergeApplicantEdit(ApplicantProfile stored, ApplicantProfile submitted) {
        List<TimelineEntry> timeline = new ArrayList<>();
        for (int i = 0; i < submitted.timeline().size(); i++) {
            TimelineEntry t = submitted.timeline().get(i);
            TimelineEntry was = i < stored.timeline().size() ? stored.timeline().get(i) : null;
            if (t.isLeave() && t.reason() == null && was != null && was.isLeave()) {
                t = new TimelineEntry(t.kind(), t.title(), was.reason(), t.start(), t.end(), t.fullTime());
            }
            timeline.add(t);
        }
        List<Letter> letters = new ArrayList<>();
        for (int i = 0; i < submitted.letters().size(); i++) {
            Letter l = submitted.letters().get(i);
            Letter was = i < stored.letters().size() ? stored.letters().get(i) : null;
            // the strength is the advisor's rating: an applicant neither sets nor clears it
            letters.add(new Letter(l.writer(), l.specialty(), l.us(), l.academic(), l.status(),
                    was == null ? null : was.strength(), l.date(), l.waived(), l.dueDate(), l.linkedExperience()));
        }
        return stored.toBuilder()
                .exams(submitted.exams())
                .practiceAssessments(submitted.practiceAssessments())
                .clinicalExperiences(submitted.clinicalExperiences())
                .letters(letters)
                .timeline(timeline)
                .cycles(submitted.cycles())
                .build();
    }

    /** The assessment without what reveals professionalism events. */
    static Assessment redact(Assessment a) {
        List<Flag> flags = a.flags().stream().filter(f -> f.category() != FlagCategory.PROFESSIONALISM).toList();
        Readiness r = a.readiness();
        List<Reason> reasons = r.reasons().stream().filter(x -> x.rule() != RuleId.R13).toList();
        List<DomainAssessment> domains = r.domains().stream().map(d -> new DomainAssessment(d.domain(), d.worst(),
                d.points().stream().filter(x -> x.rule() != RuleId.R13).toList())).toList();
        List<ChecklistItem> checklist = r.checklist().stream()
                .filter(c -> c.evidence().stream().noneMatch(e -> e.startsWith("professionalismEvents"))).toList();
        Readiness readiness = new Readiness(r.verdict(), reasons, checklist, domains, r.figures(),
                r.cycleComparison(), r.disclaimer(), r.season());
        return new Assessment(a.matchYear(), a.asOf(), a.ruleSet(), flags, a.step2Timing(), readiness);
    }
}
