package org.matchwise.applicant;

/**
 * A licensing exam. Each exam knows its step (1, 2 or 3) and its highest possible numeric score.
 *
 * <p>USMLE scores run to 300. COMLEX scores use a different three-digit scale (up to 999), so a
 * COMLEX score is validated against 999 and is never compared with USMLE bands (domain.md is silent;
 * a score of 550 on COMLEX Level 2-CE is ordinary and must not be rejected).
 */
public enum Exam {
    USMLE_STEP1(1, 300),
    USMLE_STEP2_CK(2, 300),
    USMLE_STEP3(3, 300),
    COMLEX_L1(1, 999),
    COMLEX_L2_CE(2, 999),
    COMLEX_L3(3, 999);

    private final int step;
    private final int maxScore;

    Exam(int step, int maxScore) {
        this.step = step;
        this.maxScore = maxScore;
    }

    /** 1, 2 or 3: Step 1 / Level 1, Step 2 CK / Level 2-CE, Step 3 / Level 3. */
    public int step() {
        return step;
    }

    /** The highest score the exam can report; the lowest is 1. */
    public int maxScore() {
        return maxScore;
    }

    public boolean isUsmle() {
        return name().startsWith("USMLE");
    }
}
