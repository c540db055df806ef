package org.matchwise.applicant;

/**
 * The kind of a clinical experience. HANDS_ON, SUB_INTERNSHIP and CLINICAL_JOB are hands-on;
 * OBSERVERSHIP is clinical but not hands-on; RESEARCH is not clinical (domain.md, "Clinical kinds").
 */
public enum ClinicalKind {
    HANDS_ON(true, true),
    SUB_INTERNSHIP(true, true),
    OBSERVERSHIP(true, false),
    RESEARCH(false, false),
    CLINICAL_JOB(true, true);

    private final boolean clinical;
    private final boolean handsOn;

    ClinicalKind(boolean clinical, boolean handsOn) {
        this.clinical = clinical;
        this.handsOn = handsOn;
    }

    public boolean isClinical() {
        return clinical;
    }

    public boolean isHandsOn() {
        return handsOn;
    }
}
