package org.matchwise.charts;

import java.util.Objects;

/** A shaded target range on the value axis, e.g. a specialty's workable score band. */
public record Band(double low, double high, String label) {
    public Band {
        Objects.requireNonNull(label, "label");
        if (high < low) {
            throw new IllegalArgumentException("band high " + high + " is below low " + low);
        }
    }
}
