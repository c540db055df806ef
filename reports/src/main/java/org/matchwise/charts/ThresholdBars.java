package org.matchwise.charts;

import java.util.Objects;

/**
 * Bars measured against a threshold line (e.g. US hands-on months per applicant against the rule
 * set's minimum); bars below the threshold are drawn in the warning colour.
 */
public record ThresholdBars(Bars bars, double threshold, String thresholdLabel) {
    public ThresholdBars {
        Objects.requireNonNull(bars, "bars");
        Objects.requireNonNull(thresholdLabel, "thresholdLabel");
    }
}
