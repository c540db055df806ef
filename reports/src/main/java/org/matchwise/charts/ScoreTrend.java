package org.matchwise.charts;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Input of {@link Charts#scoreTrend}: practice scores over time against a target band.
 *
 * @param title         chart title (already localised)
 * @param description   text alternative for screen readers and PDF alt text
 * @param scoreAxisLabel label of the value axis
 * @param seriesLabel   legend entry of the score line
 * @param points        scores, in any order
 * @param target        the target band, or {@code null} for none
 * @param locale        formats the date axis
 */
public record ScoreTrend(String title, String description, String scoreAxisLabel, String seriesLabel,
                         List<ScorePoint> points, Band target, Locale locale) {
    public ScoreTrend {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        points = List.copyOf(points);
        locale = locale == null ? Locale.US : locale;
    }
}
