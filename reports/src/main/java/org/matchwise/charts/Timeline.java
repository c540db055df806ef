package org.matchwise.charts;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Input of {@link Charts#step2Timeline}: dated milestones (exam date, score release, ERAS opening,
 * programs' opening day).
 *
 * @param title       chart title (already localised)
 * @param description text alternative for screen readers and PDF alt text
 * @param milestones  the milestones, in any order
 * @param kindLabels  legend label per milestone kind (kinds without a label use the enum name)
 * @param locale      formats the date axis
 */
public record Timeline(String title, String description, List<Milestone> milestones,
                       Map<MilestoneKind, String> kindLabels, Locale locale) {
    public Timeline {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        milestones = List.copyOf(milestones);
        kindLabels = kindLabels == null ? Map.of() : Map.copyOf(kindLabels);
        locale = locale == null ? Locale.US : locale;
    }
}
