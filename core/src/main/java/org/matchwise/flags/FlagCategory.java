package org.matchwise.flags;

/** What kind of risk a red flag describes; each detection rule belongs to exactly one category. */
public enum FlagCategory {
    EXAM_FAILURE,
    MULTIPLE_ATTEMPTS,
    LOW_SCORE,
    SCORE_DROP,
    TRAINING_GAP,
    LEAVE_OF_ABSENCE,
    TIME_SINCE_GRADUATION,
    NO_RECENT_CLINICAL,
    LIMITED_USCE,
    SPECIALTY_EXPOSURE,
    LETTERS,
    ACADEMIC_CONCERN,
    PROFESSIONALISM,
    MULTIPLE_CYCLES,
    SPECIALTY_SCATTER,
    STEP2_TIMING,
    CV_INCONSISTENCY,
    MANUAL
}
