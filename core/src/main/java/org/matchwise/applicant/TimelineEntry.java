package org.matchwise.applicant;

import java.time.LocalDate;

/**
 * A stretch of the applicant's CV; gaps are derived from these (R5).
 *
 * @param title    optional
 * @param reason   optional: the reason of a LEAVE_OF_ABSENCE (null for other kinds)
 * @param end      optional: null means ongoing; an end before the start is kept for R17
 * @param fullTime whether the entry took the applicant's full time (R17 overlap check)
 */
public record TimelineEntry(TimelineKind kind, String title, LeaveReason reason, LocalDate start, LocalDate end,
        boolean fullTime) {
    public TimelineEntry {
        Checks.required(kind, "kind");
        Checks.required(start, "start");
    }

    public static TimelineEntry of(TimelineKind kind, LocalDate start, LocalDate end, boolean fullTime) {
        return new TimelineEntry(kind, kind.name().toLowerCase(java.util.Locale.ROOT), null, start, end, fullTime);
    }

    public static TimelineEntry leave(LeaveReason reason, LocalDate start, LocalDate end) {
        return new TimelineEntry(TimelineKind.LEAVE_OF_ABSENCE, null, reason, start, end, false);
    }

    public boolean isLeave() {
        return kind == TimelineKind.LEAVE_OF_ABSENCE;
    }

    public boolean hasValidDates() {
        return end == null || !end.isBefore(start);
    }
}
