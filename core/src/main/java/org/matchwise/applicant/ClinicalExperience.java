package org.matchwise.applicant;

import java.time.LocalDate;

/**
 * A clinical experience (rotation, observership, job, research).
 *
 * @param institution optional
 * @param setting     optional
 * @param end         optional: null means ongoing. An end before the start is kept (R17 reports it)
 * @param supervisor  optional
 */
public record ClinicalExperience(ClinicalKind kind, Specialty specialty, String institution, Setting setting,
        boolean us, LocalDate start, LocalDate end, String supervisor) {
    public ClinicalExperience {
        Checks.required(kind, "kind");
        Checks.required(specialty, "specialty");
        Checks.required(start, "start");
    }

    /** A US experience at an unnamed institution; handy in tests and imports. */
    public static ClinicalExperience us(ClinicalKind kind, Specialty specialty, LocalDate start, LocalDate end) {
        return new ClinicalExperience(kind, specialty, null, null, true, start, end, null);
    }

    public static ClinicalExperience abroad(ClinicalKind kind, Specialty specialty, LocalDate start, LocalDate end) {
        return new ClinicalExperience(kind, specialty, null, null, false, start, end, null);
    }

    public boolean isOngoing() {
        return end == null;
    }

    /** False when the entry ends before it starts; such entries count only for R17. */
    public boolean hasValidDates() {
        return end == null || !end.isBefore(start);
    }
}
