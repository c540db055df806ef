package org.matchwise.applicant;

import java.time.LocalDate;

/**
 * A letter of recommendation.
 *
 * @param writer           required
 * @param specialty        required: the writer's specialty
 * @param status           required
 * @param strength         optional: the advisor's rating, null until rated
 * @param date             optional: the date the letter was written or received
 * @param waived           whether the applicant waived the right to read it
 * @param dueDate          optional
 * @param linkedExperience optional index into the profile's clinicalExperiences
 */
public record Letter(String writer, Specialty specialty, boolean us, boolean academic, LetterStatus status,
        LetterStrength strength, LocalDate date, boolean waived, LocalDate dueDate, Integer linkedExperience) {
    public Letter {
        Checks.required(writer, "writer");
        Checks.required(specialty, "specialty");
        Checks.required(status, "status");
        Checks.nonNegative(linkedExperience, "linkedExperience");
    }

    /** A US academic letter with the given status and strength, no dates. */
    public static Letter us(String writer, Specialty specialty, LetterStatus status, LetterStrength strength) {
        return new Letter(writer, specialty, true, true, status, strength, null, true, null, null);
    }

    public Letter withDate(LocalDate newDate) {
        return new Letter(writer, specialty, us, academic, status, strength, newDate, waived, dueDate, linkedExperience);
    }
}
