package org.matchwise.flags;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.matchwise.applicant.ApplicantProfile;
import org.matchwise.applicant.ClinicalExperience;
import org.matchwise.applicant.Cycle;
import org.matchwise.applicant.ExamAttempt;
import org.matchwise.applicant.Letter;
import org.matchwise.applicant.TimelineEntry;
import org.matchwise.flags.Evidence.Source;

/**
 * R14: one or more cycles of earlier match years that ended without a match (UNMATCHED or WITHDREW).
 * MEDIUM; HIGH when nothing changed since the last such cycle's programs' opening day: no clinical
 * experience or timeline entry starting after it, no letter or PASS/FAIL exam attempt dated after it.
 * A scheduled exam is a plan, not a change, and an undated letter cannot show a change.
 */
record MultipleCyclesPolicy() implements FlagPolicy {
    @Override
    public RuleId rule() {
        return RuleId.R14;
    }

    @Override
    public Optional<Flag> evaluate(FlagContext ctx) {
        List<Cycle> cycles = ctx.profile.cycles();
        int assessed = ctx.ruleSet.matchYear();
        int last = Integer.MIN_VALUE;
        int count = 0;
        Evidence evidence = new Evidence();
        for (int i = 0; i < cycles.size(); i++) {
            Cycle c = cycles.get(i);
            if (c.matchYear() < assessed && c.outcome().endedWithoutMatch()) {
                evidence.add(Source.CYCLES, i);
                count++;
                last = Math.max(last, c.matchYear());
            }
        }
        if (count == 0) {
            return Optional.empty();
        }
        LocalDate since = ctx.ruleSet.calendarFor(last).programsOpen();
        boolean changed = changedSince(ctx.profile, since);
        String message = changed ? ctx.msg("r14.cycles", count, last) : ctx.msg("r14.unchanged", count, last, since);
        return Optional.of(ctx.flag(rule(), changed ? Severity.MEDIUM : Severity.HIGH, null, message, evidence));
    }

    static boolean changedSince(ApplicantProfile p, LocalDate since) {
        for (ClinicalExperience c : p.clinicalExperiences()) {
            if (c.hasValidDates() && c.start().isAfter(since)) {
                return true;
            }
        }
        for (TimelineEntry t : p.timeline()) {
            if (t.hasValidDates() && t.start().isAfter(since)) {
                return true;
            }
        }
        for (Letter l : p.letters()) {
            if (l.date() != null && l.date().isAfter(since)) {
                return true;
            }
        }
        for (ExamAttempt a : p.exams()) {
            if (a.isAttempt() && a.date().isAfter(since)) {
                return true;
            }
        }
        return false;
    }
}
