package org.matchwise.flags;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.matchwise.applicant.ApplicantProfile;
import org.matchwise.ruleset.RuleSet;
import org.matchwise.text.MessageTemplates;

/**
 * Detects the red flags of one applicant: R1-R17 from the profile and the rule set, plus the advisor's
 * manual flags as R18. A pure function of its inputs: the same profile, rule set and date always give
 * the same flags. Flags come back sorted by rule number (manual flags last, in the order given).
 */
public final class RedFlagEngine {
    /** Dependencies first: R6 reads R1 and R12, R7 reads R8, R16 reads R3. */
    static final List<FlagPolicy> EVALUATION_ORDER = List.of(
            new ExamFailurePolicy(), new MultipleAttemptsPolicy(), new LowScorePolicy(), new ScoreDropPolicy(),
            new TrainingGapPolicy(), new NoRecentClinicalPolicy(), new AcademicConcernPolicy(),
            new LeaveOfAbsencePolicy(), new TimeSinceGraduationPolicy(), new LimitedUscePolicy(),
            new SpecialtyExposurePolicy(), new LettersPolicy(), new ProfessionalismPolicy(),
            new MultipleCyclesPolicy(), new SpecialtyScatterPolicy(), new Step2TimingPolicy(),
            new CvInconsistencyPolicy());

    static final String MESSAGES = "org.matchwise.flags.messages";
    private static final Comparator<Flag> BY_RULE = Comparator.comparingInt(f -> f.rule().number());

    private RedFlagEngine() {
    }

    /** The flags as of {@code asOf}, messages in English. */
    public static List<Flag> detect(ApplicantProfile profile, RuleSet ruleSet, LocalDate asOf) {
        return detect(profile, ruleSet, asOf, List.of(), Locale.ENGLISH);
    }

    /** The flags as of {@code asOf} with the advisor's manual flags, messages in English. */
    public static List<Flag> detect(ApplicantProfile profile, RuleSet ruleSet, LocalDate asOf, List<ManualFlag> manualFlags) {
        return detect(profile, ruleSet, asOf, manualFlags, Locale.ENGLISH);
    }

    /** The flags as of {@code asOf} with the advisor's manual flags, messages in {@code locale}. */
    public static List<Flag> detect(ApplicantProfile profile, RuleSet ruleSet, LocalDate asOf,
            List<ManualFlag> manualFlags, Locale locale) {
        Objects.requireNonNull(profile, "profile is required");
        Objects.requireNonNull(ruleSet, "ruleSet is required");
        Objects.requireNonNull(asOf, "asOf is required");
        FlagContext ctx = new FlagContext(profile, ruleSet, asOf, MessageTemplates.of(MESSAGES, locale));
        List<Flag> flags = new ArrayList<>(8);
        for (FlagPolicy policy : EVALUATION_ORDER) {
            Optional<Flag> flag = policy.evaluate(ctx);
            if (flag.isPresent()) {
                ctx.record(flag.get());
                flags.add(flag.get());
            }
        }
        flags.sort(BY_RULE);
        if (manualFlags != null) {
            for (ManualFlag manual : manualFlags) {
                flags.add(Flag.manual(manual));
            }
        }
        return List.copyOf(flags);
    }
}
