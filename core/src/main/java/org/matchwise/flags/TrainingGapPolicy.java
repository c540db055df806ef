package org.matchwise.flags;

import org.matchwise.text.MessageTemplates;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.matchwise.applicant.ApplicantProfile;
import org.matchwise.applicant.ClinicalExperience;
import org.matchwise.applicant.TimelineEntry;
import org.matchwise.flags.Evidence.Source;

/**
 * R5: an uncovered stretch of more than {@code gapMonths} between matriculation and the earlier of
 * the as-of date and ERAS opening; HIGH above {@code gapHighMonths}. Every timeline entry (a leave
 * included) and every clinical experience covers its dates; an ongoing entry covers up to the window's
 * end; entries ending before they start cover nothing; exams cover no time. Evidence: the records on
 * either side of each gap ("matriculationDate" when a gap opens the window).
 */
record TrainingGapPolicy() implements FlagPolicy {
    /** Reference code of the window start in the packed interval array. */
    private static final int MATRICULATION_REF = -1;

    @Override
    public RuleId rule() {
        return RuleId.R5;
    }

    @Override
    public Optional<Flag> evaluate(FlagContext ctx) {
        ApplicantProfile p = ctx.profile;
        long windowStart = p.matriculationDate().toEpochDay();
        long windowEnd = ctx.windowEnd.toEpochDay();
        if (windowEnd <= windowStart) {
            return Optional.empty();
        }
        List<TimelineEntry> timeline = p.timeline();
        List<ClinicalExperience> clinical = p.clinicalExperiences();
        // each interval packed as {start, end, ref}: ref >= 0 timeline index, ref <= -2 clinical index -(i+2)
        long[][] intervals = new long[timeline.size() + clinical.size()][];
        int n = 0;
        for (int i = 0; i < timeline.size(); i++) {
            TimelineEntry t = timeline.get(i);
            if (t.hasValidDates()) {
                intervals[n++] = interval(t.start(), t.end(), windowEnd, i);
            }
        }
        for (int i = 0; i < clinical.size(); i++) {
            ClinicalExperience c = clinical.get(i);
            if (c.hasValidDates()) {
                intervals[n++] = interval(c.start(), c.end(), windowEnd, -(i + 2));
            }
        }
        long[][] sorted = Arrays.copyOf(intervals, n);
        Arrays.sort(sorted, (a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0])
                : a[1] != b[1] ? Long.compare(a[1], b[1]) : Long.compare(a[2], b[2]));

        double limit = ctx.thresholds.gapMonths();
        double highLimit = ctx.thresholds.gapHighMonths();
        long cursor = windowStart;
        long cursorRef = MATRICULATION_REF;
        boolean high = false;
        Evidence evidence = new Evidence();
        List<String> parts = new ArrayList<>();
        for (long[] iv : sorted) {
            if (iv[0] >= windowEnd) {
                break;
            }
            if (iv[0] > cursor) {
                double months = ctx.thresholds.months(iv[0] - cursor);
                if (months > limit) {
                    high |= months > highLimit;
                    addRef(evidence, cursorRef);
                    addRef(evidence, iv[2]);
                    parts.add(ctx.msg("r5.gap", LocalDate.ofEpochDay(cursor), LocalDate.ofEpochDay(iv[0]), MessageTemplates.months(months)));
                }
            }
            if (iv[1] > cursor) {
                cursor = iv[1];
                cursorRef = iv[2];
            }
        }
        if (windowEnd > cursor) {
            double months = ctx.thresholds.months(windowEnd - cursor);
            if (months > limit) {
                high |= months > highLimit;
                addRef(evidence, cursorRef);
                parts.add(ctx.msg("r5.gap", LocalDate.ofEpochDay(cursor), LocalDate.ofEpochDay(windowEnd), MessageTemplates.months(months)));
            }
        }
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(ctx.flag(rule(), high ? Severity.HIGH : Severity.MEDIUM, null, FlagContext.join(parts), evidence));
    }

    private static long[] interval(LocalDate start, LocalDate end, long windowEnd, int ref) {
        long e = end == null ? Math.max(windowEnd, start.toEpochDay()) : end.toEpochDay();
        return new long[] {start.toEpochDay(), e, ref};
    }

    private static void addRef(Evidence evidence, long ref) {
        if (ref == MATRICULATION_REF) {
            evidence.add(Source.MATRICULATION_DATE);
        } else if (ref >= 0) {
            evidence.add(Source.TIMELINE, (int) ref);
        } else {
            evidence.add(Source.CLINICAL, (int) (-ref - 2));
        }
    }
}
