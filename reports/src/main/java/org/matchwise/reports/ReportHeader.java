package org.matchwise.reports;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What every report states about itself.
 *
 * @param schoolName the advising office (the tenant)
 * @param asOf       the date the assessment was made as of
 * @param preparedBy the author written into the PDF metadata (advisor or office name)
 */
public record ReportHeader(String schoolName, LocalDate asOf, String preparedBy) {
    public ReportHeader {
        Objects.requireNonNull(schoolName, "schoolName");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(preparedBy, "preparedBy");
    }
}
