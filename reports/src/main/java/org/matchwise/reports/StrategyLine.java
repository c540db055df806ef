package org.matchwise.reports;

import java.util.Objects;

/**
 * Programs planned for one specialty against the rule set's recommended count.
 *
 * @param recommendedMax {@code null} when the recommendation is open-ended ("100+")
 */
public record StrategyLine(String specialty, int reach, int target, int safety, int recommendedMin, Integer recommendedMax) {
    public StrategyLine {
        Objects.requireNonNull(specialty, "specialty");
    }

    public int total() {
        return reach + target + safety;
    }

    public boolean belowRecommended() {
        return total() < recommendedMin;
    }
}
