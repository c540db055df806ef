package org.matchwise.reports;

import java.time.LocalDate;
import java.util.Objects;
import org.matchwise.applicant.LetterStatus;
import org.matchwise.applicant.LetterStrength;

/**
 * One letter of recommendation.
 *
 * @param due      due date, or {@code null}
 * @param waived   whether the applicant waived the right to read it
 * @param strength the advisor's rating; private, since it speaks to content the applicant may have waived
 */
public record LetterLine(String writer, String writerSpecialty, boolean usLetter, LetterStatus status,
                         LocalDate due, boolean waived, @AdvisorPrivate LetterStrength strength) {
    public LetterLine {
        Objects.requireNonNull(writer, "writer");
        Objects.requireNonNull(writerSpecialty, "writerSpecialty");
        Objects.requireNonNull(status, "status");
    }
}
