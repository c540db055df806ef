package org.matchwise.applicant;

/** Specialty codes of profile-format.md; OTHER stands for any specialty the system has no rules for. */
public enum Specialty {
    INTERNAL_MEDICINE,
    PEDIATRICS,
    MED_PEDS,
    DIAGNOSTIC_RADIOLOGY,
    FAMILY_MEDICINE,
    PSYCHIATRY,
    NEUROLOGY,
    GENERAL_SURGERY,
    PRELIM_MEDICINE,
    TRANSITIONAL_YEAR,
    OTHER;

    /** The specialty named by {@code code}, or null when the text names none (free-text subjects). */
    public static Specialty parseOrNull(String code) {
        if (code == null) {
            return null;
        }
        for (Specialty s : values()) {
            if (s.name().equalsIgnoreCase(code.trim())) {
                return s;
            }
        }
        return null;
    }
}
