package org.matchwise.flags;

import org.matchwise.text.MessageTemplates;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.matchwise.applicant.ClinicalExperience;
import org.matchwise.applicant.TimelineEntry;
import org.matchwise.flags.Evidence.Source;

/**
 * R17: a timeline entry or clinical experience that ends before it starts, or two full-time timeline
 * entries overlapping by more than {@code fullTimeOverlapMonths}. LOW (data quality). An ongoing entry
 * runs to the as-of date. A leave of absence is never part of an overlap: it pauses the education or
 * job it falls in by definition (domain.md is silent; an advisor would not call that inconsistent).
 */
record CvInconsistencyPolicy() implements FlagPolicy {
    @Override
    public RuleId rule() {
        return RuleId.R17;
    }

    @Override
    public Optional<Flag> evaluate(FlagContext ctx) {
        List<TimelineEntry> timeline = ctx.profile.timeline();
        List<ClinicalExperience> clinical = ctx.profile.clinicalExperiences();
        Evidence evidence = new Evidence();
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < timeline.size(); i++) {
            TimelineEntry t = timeline.get(i);
            if (!t.hasValidDates()) {
                evidence.add(Source.TIMELINE, i);
                parts.add(ctx.msg("r17.reversed", label(t, ctx), t.start(), t.end()));
            }
        }
        for (int i = 0; i < clinical.size(); i++) {
            ClinicalExperience c = clinical.get(i);
            if (!c.hasValidDates()) {
                evidence.add(Source.CLINICAL, i);
                parts.add(ctx.msg("r17.reversed", ctx.msg("r17.clinical", c.kind(), c.specialty()), c.start(), c.end()));
            }
        }
        // overlapping full-time entries: a sweep over the entries in order of start. An entry stays "open" while a
        // later-starting one could still overlap it by more than the threshold; sorting costs O(n log n) and each
        // comparison is with an open entry only (before: every pair, quadratic in the timeline's length)
        Integer[] order = new Integer[timeline.size()];
        int full = 0;
        for (int i = 0; i < timeline.size(); i++) {
            if (fullTime(timeline.get(i))) {
                order[full++] = i;
            }
        }
        Integer[] byStart = java.util.Arrays.copyOf(order, full);
        java.util.Arrays.sort(byStart, java.util.Comparator.comparingLong((Integer i) -> timeline.get(i).start().toEpochDay())
                .thenComparingInt(i -> i));
        List<Integer> open = new ArrayList<>();
        for (int bIndex : byStart) {
            TimelineEntry b = timeline.get(bIndex);
            long bStart = b.start().toEpochDay();
            long bEnd = end(b, ctx.asOf);
            int kept = 0;
            for (int o = 0; o < open.size(); o++) {
                int aIndex = open.get(o);
                TimelineEntry a = timeline.get(aIndex);
                long aEnd = end(a, ctx.asOf);
                // a started no later than b, so their overlap is at most aEnd - bStart; later entries start later still
                if (ctx.thresholds.months(aEnd - bStart) <= ctx.thresholds.fullTimeOverlapMonths()) {
                    continue;
                }
                open.set(kept++, aIndex);
                double months = ctx.thresholds.months(Math.min(aEnd, bEnd) - bStart);
                if (months > ctx.thresholds.fullTimeOverlapMonths()) {
                    int i = Math.min(aIndex, bIndex);
                    int j = Math.max(aIndex, bIndex);
                    evidence.add(Source.TIMELINE, i).add(Source.TIMELINE, j);
                    parts.add(ctx.msg("r17.overlap", label(timeline.get(i), ctx), label(timeline.get(j), ctx),
                            MessageTemplates.months(months)));
                }
            }
            open.subList(kept, open.size()).clear();
            open.add(bIndex);
        }
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        parts.sort(null);
        return Optional.of(ctx.flag(rule(), Severity.LOW, null, FlagContext.join(parts), evidence));
    }

    private static boolean fullTime(TimelineEntry t) {
        return t.fullTime() && !t.isLeave() && t.hasValidDates();
    }

    private static long end(TimelineEntry t, LocalDate asOf) {
        return t.end() != null ? t.end().toEpochDay() : Math.max(asOf.toEpochDay(), t.start().toEpochDay());
    }

    private static String label(TimelineEntry t, FlagContext ctx) {
        return t.title() != null ? t.title() + " (" + ctx.label(t.kind()) + ")" : ctx.label(t.kind());
    }
}
