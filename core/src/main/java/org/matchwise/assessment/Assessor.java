package org.matchwise.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.matchwise.applicant.ApplicantProfile;
import org.matchwise.flags.Flag;
import org.matchwise.flags.FlagCategory;
import org.matchwise.flags.ManualFlag;
import org.matchwise.flags.RedFlagEngine;
import org.matchwise.flags.Step2Timing;
import org.matchwise.readiness.ExplanationStatus;
import org.matchwise.readiness.Readiness;
import org.matchwise.readiness.ReadinessAssessor;
import org.matchwise.ruleset.RuleSet;

/**
 * Assesses an applicant: a pure, deterministic function of its arguments (no clock, no I/O).
 *
 * <p>The assessed match year is the rule set's: a rule set is per match year, and a preview request's
 * own match year selects the rule set, so both override {@code profile.matchYear()}.
 */
public final class Assessor {
    private Assessor() {
    }

    public static Assessment assess(ApplicantProfile profile, RuleSet ruleSet, LocalDate asOf) {
        return assess(profile, ruleSet, asOf, List.of(), Map.of(), Locale.ENGLISH);
    }

    public static Assessment assess(ApplicantProfile profile, RuleSet ruleSet, LocalDate asOf, List<ManualFlag> manualFlags) {
        return assess(profile, ruleSet, asOf, manualFlags, Map.of(), Locale.ENGLISH);
    }

    /**
     * The full assessment.
     *
     * @param manualFlags  the advisor's R18 flags (null: none)
     * @param explanations explanation status per flag category for the checklist (null or absent: MISSING)
     * @param locale       language of messages (null: English)
     */
    public static Assessment assess(ApplicantProfile profile, RuleSet ruleSet, LocalDate asOf, List<ManualFlag> manualFlags,
            Map<FlagCategory, ExplanationStatus> explanations, Locale locale) {
        return assess(profile, ruleSet, asOf, manualFlags, explanations, locale, false);
    }

    /**
     * The full assessment, knowing whether the cycle of the rule set's match year has been submitted (its
     * checklist is then the interview season's, see {@link org.matchwise.readiness.SeasonPhase}).
     */
    public static Assessment assess(ApplicantProfile profile, RuleSet ruleSet, LocalDate asOf, List<ManualFlag> manualFlags,
            Map<FlagCategory, ExplanationStatus> explanations, Locale locale, boolean cycleSubmitted) {
        Objects.requireNonNull(profile, "profile is required");
        Objects.requireNonNull(ruleSet, "ruleSet is required");
        Objects.requireNonNull(asOf, "asOf is required");
        Locale language = locale == null ? Locale.ENGLISH : locale;
        List<Flag> flags = RedFlagEngine.detect(profile, ruleSet, asOf, manualFlags == null ? List.of() : manualFlags, language);
        Step2Timing timing = Step2Timing.of(profile, ruleSet);
        Readiness readiness = ReadinessAssessor.assess(profile, ruleSet, asOf, flags, timing, explanations, language,
                cycleSubmitted);
        return new Assessment(ruleSet.matchYear(), asOf, ruleSet.identity(), flags, timing, readiness);
    }
}
