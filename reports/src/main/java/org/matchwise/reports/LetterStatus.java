package org.matchwise.reports;

/** Where a letter of recommendation is in its pipeline, in pipeline order. */
public enum LetterStatus {
    IDENTIFIED,
    REQUESTED,
    PROMISED,
    RECEIVED,
    UPLOADED;

    public boolean done() {
        return this == RECEIVED || this == UPLOADED;
    }
}
