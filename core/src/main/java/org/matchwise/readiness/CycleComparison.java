package org.matchwise.readiness;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.matchwise.applicant.ApplicantProfile;
import org.matchwise.applicant.ClinicalExperience;
import org.matchwise.applicant.ClinicalKind;
import org.matchwise.applicant.Cycle;
import org.matchwise.applicant.ExamAttempt;
import org.matchwise.applicant.Letter;
import org.matchwise.applicant.TimelineEntry;
import org.matchwise.applicant.TimelineKind;
import org.matchwise.ruleset.RuleSet;

/**
 * What changed for a re-applicant since the last cycle of an earlier match year that ended without a
 * match, counted from that cycle's programs' opening day (the same test as R14's "nothing changed").
 *
 * @param newUsHandsOnMonths      US hands-on months of experiences started since (ongoing ones up to as-of)
 * @param newClinicalExperiences  clinical experiences (any kind) started since
 * @param newLetters              letters dated since
 * @param newExamResults          PASS/FAIL attempts dated since
 * @param newResearch             research timeline entries or research experiences started since
 * @param newTimelineEntries      timeline entries (any kind) started since
 */
public record CycleComparison(int lastUnmatchedMatchYear, LocalDate since, double newUsHandsOnMonths,
        List<String> newClinicalExperiences, List<String> newLetters, List<String> newExamResults,
        List<String> newResearch, List<String> newTimelineEntries) {

    public CycleComparison {
        newClinicalExperiences = List.copyOf(newClinicalExperiences);
        newLetters = List.copyOf(newLetters);
        newExamResults = List.copyOf(newExamResults);
        newResearch = List.copyOf(newResearch);
        newTimelineEntries = List.copyOf(newTimelineEntries);
    }

    /** True when nothing counts as a change (R14 is then HIGH). */
    public boolean nothingChanged() {
        return newClinicalExperiences.isEmpty() && newLetters.isEmpty() && newExamResults.isEmpty()
                && newTimelineEntries.isEmpty();
    }

    /** The comparison, or empty when the applicant has no earlier cycle without a match. */
    public static Optional<CycleComparison> of(ApplicantProfile profile, RuleSet ruleSet, LocalDate asOf) {
        int last = Integer.MIN_VALUE;
        for (Cycle c : profile.cycles()) {
            if (c.matchYear() < ruleSet.matchYear() && c.outcome().endedWithoutMatch()) {
                last = Math.max(last, c.matchYear());
            }
        }
        if (last == Integer.MIN_VALUE) {
            return Optional.empty();
        }
        LocalDate since = ruleSet.calendarFor(last).programsOpen();
        List<String> clinical = new ArrayList<>();
        List<String> research = new ArrayList<>();
        long handsOnDays = 0;
        for (int i = 0; i < profile.clinicalExperiences().size(); i++) {
            ClinicalExperience c = profile.clinicalExperiences().get(i);
            if (c.hasValidDates() && c.start().isAfter(since)) {
                clinical.add("clinicalExperiences[" + i + "]");
                if (c.kind() == ClinicalKind.RESEARCH) {
                    research.add("clinicalExperiences[" + i + "]");
                }
                if (c.us() && c.kind().isHandsOn()) {
                    LocalDate end = c.end() != null ? c.end() : asOf;
                    handsOnDays += Math.max(0, end.toEpochDay() - c.start().toEpochDay());
                }
            }
        }
        List<String> timeline = new ArrayList<>();
        for (int i = 0; i < profile.timeline().size(); i++) {
            TimelineEntry t = profile.timeline().get(i);
            if (t.hasValidDates() && t.start().isAfter(since)) {
                timeline.add("timeline[" + i + "]");
                if (t.kind() == TimelineKind.RESEARCH) {
                    research.add("timeline[" + i + "]");
                }
            }
        }
        List<String> letters = new ArrayList<>();
        for (int i = 0; i < profile.letters().size(); i++) {
            Letter l = profile.letters().get(i);
            if (l.date() != null && l.date().isAfter(since)) {
                letters.add("letters[" + i + "]");
            }
        }
        List<String> exams = new ArrayList<>();
        for (int i = 0; i < profile.exams().size(); i++) {
            ExamAttempt a = profile.exams().get(i);
            if (a.isAttempt() && a.date().isAfter(since)) {
                exams.add("exams[" + i + "]");
            }
        }
        return Optional.of(new CycleComparison(last, since, ruleSet.thresholds().months(handsOnDays), clinical, letters,
                exams, research, timeline));
    }
}
