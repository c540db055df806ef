package org.matchwise.flags;

/** How much a flag weighs with a program director; ordered from least to most serious. */
public enum Severity {
    LOW,
    MEDIUM,
    HIGH;

    public boolean atLeast(Severity other) {
        return compareTo(other) >= 0;
    }

    public static Severity max(Severity a, Severity b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
