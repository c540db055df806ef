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
        for (int i = 0; i < timeline.size(); i++) {
            TimelineEntry a = timeline.get(i);
            if (!fullTime(a)) {
                continue;
            }
            for (int j = i + 1; j < timeline.size(); j++) {
                TimelineEntry b = timeline.get(j);
                if (!fullTime(b)) {
                    continue;
                }
                long start = Math.max(a.start().toEpochDay(), b.start().toEpochDay());
                long end = Math.min(end(a, ctx.asOf), end(b, ctx.asOf));
                double months = ctx.thresholds.months(end - start);
                if (months > ctx.thresholds.fullTimeOverlapMonths()) {
                    evidence.add(Source.TIMELINE, i).add(Source.TIMELINE, j);
                    parts.add(ctx.msg("r17.overlap", label(a, ctx), label(b, ctx), MessageTemplates.months(months)));
                }
            }
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
