package org.matchwise.applicant;

import java.time.LocalDate;

/**
 * An academic event raised by R12.
 *
 * @param subject           optional free text: a course name, or for a clerkship a specialty code such
 *                          as {@code INTERNAL_MEDICINE} (see {@link #subjectSpecialty()})
 * @param date              optional
 * @param repeatedAndPassed for a course or clerkship failure: repeated and passed since
 * @param description       optional
 */
public record AcademicEvent(AcademicKind kind, String subject, LocalDate date, boolean repeatedAndPassed,
        String description) {
    public AcademicEvent {
        Checks.required(kind, "kind");
    }

    public static AcademicEvent of(AcademicKind kind, String subject, LocalDate date, boolean repeatedAndPassed) {
        return new AcademicEvent(kind, subject, date, repeatedAndPassed, null);
    }

    /** The specialty the subject names, or null for a course such as "Pharmacology". */
    public Specialty subjectSpecialty() {
        return Specialty.parseOrNull(subject);
    }
}
