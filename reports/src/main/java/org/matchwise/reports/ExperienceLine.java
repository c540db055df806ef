package org.matchwise.reports;

import java.time.LocalDate;
import java.util.Objects;
import org.matchwise.applicant.ClinicalKind;

/**
 * One clinical experience.
 *
 * @param end    {@code null} while ongoing
 * @param months duration in months as the domain computes it (days / 30.44)
 */
public record ExperienceLine(ClinicalKind kind, String specialty, String institution, boolean inUs,
                             LocalDate start, LocalDate end, double months, boolean verified) {
    public ExperienceLine {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(specialty, "specialty");
        Objects.requireNonNull(institution, "institution");
        Objects.requireNonNull(start, "start");
    }
}
