package org.matchwise.charts;

import java.util.Objects;

/** One bar: its category label and its value. */
public record Bar(String label, double value) {
    public Bar {
        Objects.requireNonNull(label, "label");
    }
}
