package org.matchwise.reportexport;

import java.time.Instant;
import org.matchwise.reports.Variant;

/** A release of a report outside the advising office: which report, to whom, why, by whom, when. */
public record DisclosureView(long id, long applicantId, ReportKind report, Variant variant, String recipient,
        String purpose, long disclosedBy, Instant disclosedAt) {
}
