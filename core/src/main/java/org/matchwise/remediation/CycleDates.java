package org.matchwise.remediation;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The calendar dates of one application cycle that remediation due dates are computed from, plus the
 * date the suggestion is made (the domain never reads the clock itself). The rule set supplies them.
 *
 * @param erasOpening     the day ERAS opens to applicants (about 1 June of the year before the match year)
 * @param submissionOpens the first day applicants may submit (early September)
 * @param programsOpen    the day programs can see applications (about 24 September)
 * @param asOf            the day the suggestion is made
 */
public record CycleDates(LocalDate erasOpening, LocalDate submissionOpens, LocalDate programsOpen, LocalDate asOf) {

    public CycleDates {
        Objects.requireNonNull(erasOpening, "erasOpening");
        Objects.requireNonNull(submissionOpens, "submissionOpens");
        Objects.requireNonNull(programsOpen, "programsOpen");
        Objects.requireNonNull(asOf, "asOf");
        if (submissionOpens.isBefore(erasOpening) || programsOpen.isBefore(submissionOpens)) {
            throw new IllegalArgumentException("cycle dates out of order: ERAS opening " + erasOpening
                    + ", submission opens " + submissionOpens + ", programs open " + programsOpen);
        }
    }

    /** The same calendar seen from another day. */
    public CycleDates asOf(LocalDate day) {
        return new CycleDates(erasOpening, submissionOpens, programsOpen, day);
    }
}
