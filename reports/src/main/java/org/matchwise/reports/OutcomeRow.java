package org.matchwise.reports;

/** Cycle outcomes of a school's applicants for one match year. */
public record OutcomeRow(int matchYear, int matched, int soapMatched, int unmatched, int withdrew, int inProgress) {
    public int total() {
        return matched + soapMatched + unmatched + withdrew + inProgress;
    }
}
