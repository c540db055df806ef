package org.matchwise.flags;

/** The red-flag rules of domain.md, each tied to its category. R18 is an advisor's manual flag. */
public enum RuleId {
    R1(FlagCategory.EXAM_FAILURE),
    R2(FlagCategory.MULTIPLE_ATTEMPTS),
    R3(FlagCategory.LOW_SCORE),
    R4(FlagCategory.SCORE_DROP),
    R5(FlagCategory.TRAINING_GAP),
    R6(FlagCategory.LEAVE_OF_ABSENCE),
    R7(FlagCategory.TIME_SINCE_GRADUATION),
    R8(FlagCategory.NO_RECENT_CLINICAL),
    R9(FlagCategory.LIMITED_USCE),
    R10(FlagCategory.SPECIALTY_EXPOSURE),
    R11(FlagCategory.LETTERS),
    R12(FlagCategory.ACADEMIC_CONCERN),
    R13(FlagCategory.PROFESSIONALISM),
    R14(FlagCategory.MULTIPLE_CYCLES),
    R15(FlagCategory.SPECIALTY_SCATTER),
    R16(FlagCategory.STEP2_TIMING),
    R17(FlagCategory.CV_INCONSISTENCY),
    R18(FlagCategory.MANUAL);

    private final FlagCategory category;

    RuleId(FlagCategory category) {
        this.category = category;
    }

    public FlagCategory category() {
        return category;
    }

    /** The rule's number, for sorting flags by rule id (R2 before R10). */
    public int number() {
        return ordinal() + 1;
    }
}
