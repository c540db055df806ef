package org.matchwise.operations;

import io.micrometer.core.instrument.Metrics;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * One-line metrics for the features' own code, through Micrometer's global registry (Spring Boot binds its
 * registry, and so Prometheus, to it): {@code matchwise.assessments} (timed, by where they ran) and
 * {@code matchwise.imports} / {@code matchwise.imports.rows} (by format and outcome). Static, so a feature
 * measures without a new constructor argument.
 */
public final class Measure {

    private Measure() {
    }

    /** Times one assessment; {@code where} is {@code stored}, {@code new} or {@code preview}. */
    public static <T> T assessment(String where, Supplier<T> work) {
        return Metrics.timer("matchwise.assessments", "where", where).record(work);
    }

    /** Counts one import file and its rows. */
    public static void imported(Enum<?> format, Enum<?> outcome, int rows) {
        String f = format == null ? "unknown" : format.name().toLowerCase(Locale.ROOT);
        String o = outcome == null ? "unknown" : outcome.name().toLowerCase(Locale.ROOT);
        Metrics.counter("matchwise.imports", "format", f, "outcome", o).increment();
        if (rows > 0) {
            Metrics.counter("matchwise.imports.rows", "format", f, "outcome", o).increment(rows);
        }
    }
}
