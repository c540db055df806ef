package org.matchwise.applicant;

/** How an application cycle ended. */
public enum CycleOutcome {
    MATCHED, UNMATCHED, SOAP_MATCHED, WITHDREW, IN_PROGRESS;

    /**
     * True when the cycle ended without a position: UNMATCHED or WITHDREW. (domain.md says "without a
     * match"; an applicant who withdrew also enters the next season with an earlier application on file.)
     */
    public boolean endedWithoutMatch() {
        return this == UNMATCHED || this == WITHDREW;
    }
}
