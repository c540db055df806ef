package org.matchwise.reports;

import java.util.Objects;

/** One applicant's US hands-on months, for the cohort chart. */
public record ApplicantUsce(String name, double handsOnMonths) {
    public ApplicantUsce {
        Objects.requireNonNull(name, "name");
    }
}
