package org.matchwise.reports;

import java.util.Objects;
import org.matchwise.flags.FlagCategory;

/** Open flags of one category across a cohort, and how many of them are HIGH. */
public record CategoryCount(FlagCategory category, int open, int high) {
    public CategoryCount {
        Objects.requireNonNull(category, "category");
    }
}
