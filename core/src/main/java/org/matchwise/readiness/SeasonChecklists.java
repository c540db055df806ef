package org.matchwise.readiness;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.matchwise.applicant.ApplicantProfile;
import org.matchwise.applicant.Cycle;
import org.matchwise.applicant.CycleOutcome;
import org.matchwise.flags.Flag;
import org.matchwise.flags.FlagCategory;
import org.matchwise.flags.Severity;
import org.matchwise.ruleset.MatchCalendar;
import org.matchwise.ruleset.RuleSet;
import org.matchwise.text.MessageTemplates;

/**
 * The checklists of the season after submission (issue 14 item 5): the interview season's (submit if not done
 * by programs' opening day, interview preparation, one interview answer per flag that needs a story, the rank
 * order list by its deadline, SOAP readiness) and, after Match Day, the one the cycle's outcome calls for (record
 * the outcome; after a cycle without a match, the reapplication plan). Dates come from the rule set's calendar.
 */
final class SeasonChecklists {

    private SeasonChecklists() {
    }

    static List<ChecklistItem> interviewSeason(ApplicantProfile profile, RuleSet ruleSet, LocalDate asOf,
            List<Flag> flags, Verdict verdict, boolean cycleSubmitted, MessageTemplates m) {
        MatchCalendar calendar = ruleSet.calendar();
        List<ChecklistItem> out = new ArrayList<>();
        int cycle = cycleIndex(profile, ruleSet.matchYear());
        boolean applied = cycleSubmitted || (cycle >= 0 && profile.cycles().get(cycle).programsApplied() > 0);
        if (!applied) {
            out.add(new ChecklistItem(ChecklistKind.APPLICATION_NOT_SUBMITTED,
                    m.get("season.submit", calendar.programsOpen(), ruleSet.matchYear()),
                    cycle >= 0 ? List.of("cycles[" + cycle + "]") : List.of(), calendar.programsOpen()));
        }
        if (!asOf.isAfter(calendar.rankOrderDeadline())) {
            out.add(new ChecklistItem(ChecklistKind.INTERVIEW_PREPARATION, m.get("season.interviews"), List.of(),
                    calendar.rankOrderDeadline()));
            for (Map.Entry<FlagCategory, Flag> e : explainedFlags(flags).entrySet()) {
                out.add(new ChecklistItem(ChecklistKind.INTERVIEW_ANSWER, m.get("season.answer", e.getKey()),
                        e.getValue().evidence(), calendar.rankOrderDeadline()));
            }
            out.add(new ChecklistItem(ChecklistKind.RANK_LIST, m.get("season.rankList", calendar.rankOrderDeadline()),
                    List.of(), calendar.rankOrderDeadline()));
        }
        if (verdict != Verdict.READY) {
            out.add(new ChecklistItem(ChecklistKind.SOAP_READINESS,
                    m.get("season.soap", calendar.matchWeekStarts(), calendar.matchDay()), List.of(),
                    calendar.matchWeekStarts()));
        }
        return out;
    }

    static List<ChecklistItem> afterMatch(ApplicantProfile profile, RuleSet ruleSet, List<Flag> flags,
            MessageTemplates m) {
        int year = ruleSet.matchYear();
        int index = cycleIndex(profile, year);
        Cycle cycle = index < 0 ? null : profile.cycles().get(index);
        List<String> cycleRef = index < 0 ? List.of() : List.of("cycles[" + index + "]");
        List<ChecklistItem> out = new ArrayList<>();
        if (cycle == null || cycle.outcome() == CycleOutcome.IN_PROGRESS) {
            out.add(new ChecklistItem(ChecklistKind.RECORD_OUTCOME, m.get("season.recordOutcome", year), cycleRef));
            return out;
        }
        if (!cycle.outcome().endedWithoutMatch()) {
            return out; // matched, in the Match or in SOAP: nothing left to plan for this season
        }
        MatchCalendar next = ruleSet.calendarFor(year + 1);
        if (cycle.feedback() == null || cycle.feedback().isBlank()) {
            out.add(new ChecklistItem(ChecklistKind.REAPPLICATION_FEEDBACK, m.get("season.feedback", year), cycleRef));
        }
        List<FlagCategory> open = new ArrayList<>();
        List<String> evidence = new ArrayList<>();
        boolean anyHigh = false;
        for (Flag f : flags) {
            if (f.severity().atLeast(Severity.MEDIUM) && !open.contains(f.category())) {
                open.add(f.category());
                evidence.addAll(f.evidence());
            }
            anyHigh |= f.severity() == Severity.HIGH;
        }
        out.add(new ChecklistItem(ChecklistKind.REAPPLICATION_CHANGES, open.isEmpty()
                ? m.get("season.changes.none", next.erasOpens())
                : m.get("season.changes", next.erasOpens(), open), evidence, next.erasOpens()));
        out.add(new ChecklistItem(ChecklistKind.REAPPLICATION_PROGRAM_LIST, anyHigh && ReadinessAssessor.singleFamily(profile, ruleSet)
                ? m.get("season.programs.dual", year + 1) : m.get("season.programs", year + 1), cycleRef,
                next.programsOpen()));
        out.add(new ChecklistItem(ChecklistKind.REAPPLICATION_DECISION, m.get("season.decide", year + 1, next.erasOpens()),
                cycleRef, next.erasOpens()));
        return out;
    }

    /** The flags that need a story, one per category, in the order they were detected. */
    private static Map<FlagCategory, Flag> explainedFlags(List<Flag> flags) {
        Map<FlagCategory, Flag> out = new EnumMap<>(FlagCategory.class);
        for (Flag f : flags) {
            if (ReadinessAssessor.EXPLAINED.contains(f.category())) {
                out.putIfAbsent(f.category(), f);
            }
        }
        return out;
    }

    /** The index of the profile's cycle of {@code matchYear}, or -1. */
    private static int cycleIndex(ApplicantProfile profile, int matchYear) {
        List<Cycle> cycles = profile.cycles();
        for (int i = cycles.size() - 1; i >= 0; i--) {
            if (cycles.get(i).matchYear() == matchYear) {
                return i;
            }
        }
        return -1;
    }
}
