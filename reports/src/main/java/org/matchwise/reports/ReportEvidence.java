package org.matchwise.reports;

import java.util.Objects;

/**
 * A record that made a rule fire, as the applicant may read it, plus the detail only advisors see: the report's
 * sentence for one of core's evidence references ({@code exams[2]}).
 *
 * @param description  shareable description, e.g. "Leave of absence, Jul 2020 to Mar 2021"
 * @param verified     whether an advisor verified the applicant-entered record
 * @param privateDetail advisor-only detail (leave reason, professionalism event details), or {@code null}
 */
public record ReportEvidence(String description, boolean verified, @AdvisorPrivate String privateDetail) {
    public ReportEvidence {
        Objects.requireNonNull(description, "description");
    }

    public static ReportEvidence of(String description, boolean verified) {
        return new ReportEvidence(description, verified, null);
    }
}
