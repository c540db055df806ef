package org.matchwise.flags;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.matchwise.applicant.TimelineEntry;
import org.matchwise.flags.Evidence.Source;

/**
 * R6: any leave of absence (with valid dates). LOW alone; MEDIUM when R1 or R12 also fires; PATTERN
 * from {@code patternEvents} leaves, else ISOLATED (domain.md defines no recovery for a leave). The
 * message gives dates only, never the reason: reasons are sensitive.
 */
record LeaveOfAbsencePolicy() implements FlagPolicy {
    @Override
    public RuleId rule() {
        return RuleId.R6;
    }

    @Override
    public Optional<Flag> evaluate(FlagContext ctx) {
        List<TimelineEntry> timeline = ctx.profile.timeline();
        Evidence evidence = new Evidence();
        List<TimelineEntry> leaves = new ArrayList<>();
        for (int i = 0; i < timeline.size(); i++) {
            TimelineEntry t = timeline.get(i);
            if (t.isLeave() && t.hasValidDates()) {
                evidence.add(Source.TIMELINE, i);
                leaves.add(t);
            }
        }
        if (leaves.isEmpty()) {
            return Optional.empty();
        }
        leaves.sort((a, b) -> a.start().compareTo(b.start()));
        List<String> parts = new ArrayList<>();
        for (TimelineEntry t : leaves) {
            parts.add(t.end() == null ? ctx.msg("r6.leave.ongoing", t.start()) : ctx.msg("r6.leave", t.start(), t.end()));
        }
        Severity severity = ctx.fired(RuleId.R1) || ctx.fired(RuleId.R12) ? Severity.MEDIUM : Severity.LOW;
        PatternMark pattern = leaves.size() >= ctx.thresholds.patternEvents() ? PatternMark.PATTERN : PatternMark.ISOLATED;
        return Optional.of(ctx.flag(rule(), severity, pattern, FlagContext.join(parts), evidence));
    }
}
