package org.matchwise.charts;

import java.util.List;
import java.util.Objects;

/**
 * Input of the bar charts: labelled values in display order.
 *
 * @param title             chart title (already localised)
 * @param description       text alternative for screen readers and PDF alt text
 * @param categoryAxisLabel label of the category axis (may be empty)
 * @param valueAxisLabel    label of the value axis (may be empty)
 * @param bars              the bars, drawn in this order
 */
public record Bars(String title, String description, String categoryAxisLabel, String valueAxisLabel, List<Bar> bars) {
    public Bars {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        categoryAxisLabel = categoryAxisLabel == null ? "" : categoryAxisLabel;
        valueAxisLabel = valueAxisLabel == null ? "" : valueAxisLabel;
        bars = List.copyOf(bars);
    }
}
