package org.matchwise.flags;

import java.util.Optional;

/**
 * One red-flag rule as a small named policy: it reads the context and raises at most one flag.
 * Policies run in {@link RedFlagEngine#EVALUATION_ORDER}, so a policy may ask whether a rule it
 * depends on (R6 on R1 and R12, R7 on R8, R16 on R3) has fired.
 */
sealed interface FlagPolicy permits ExamFailurePolicy, MultipleAttemptsPolicy, LowScorePolicy, ScoreDropPolicy,
        TrainingGapPolicy, LeaveOfAbsencePolicy, TimeSinceGraduationPolicy, NoRecentClinicalPolicy,
        LimitedUscePolicy, SpecialtyExposurePolicy, LettersPolicy, AcademicConcernPolicy, ProfessionalismPolicy,
        MultipleCyclesPolicy, SpecialtyScatterPolicy, Step2TimingPolicy, CvInconsistencyPolicy {

    RuleId rule();

    Optional<Flag> evaluate(FlagContext context);
}
