package org.matchwise.flags;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.matchwise.applicant.ApplicantProfile;
import org.matchwise.applicant.Specialty;
import org.matchwise.ruleset.MatchCalendar;
import org.matchwise.ruleset.RuleSet;
import org.matchwise.ruleset.Thresholds;
import org.matchwise.text.MessageTemplates;

/** What every policy reads: the profile, the rule set, the as-of date and the flags raised so far. */
final class FlagContext {
    final ApplicantProfile profile;
    final RuleSet ruleSet;
    final Thresholds thresholds;
    final MatchCalendar calendar;
    final LocalDate asOf;
    /** The end of the R5 gap window: the earlier of the as-of date and ERAS opening. */
    final LocalDate windowEnd;
    final Specialty primary;
    final MessageTemplates messages;
    private final Map<RuleId, Flag> fired = new EnumMap<>(RuleId.class);
    private Step2Timing step2Timing;

    FlagContext(ApplicantProfile profile, RuleSet ruleSet, LocalDate asOf, MessageTemplates messages) {
        this.profile = profile;
        this.ruleSet = ruleSet;
        this.thresholds = ruleSet.thresholds();
        this.calendar = ruleSet.calendar();
        this.asOf = asOf;
        LocalDate eras = calendar.erasOpens();
        this.windowEnd = asOf.isBefore(eras) ? asOf : eras;
        this.primary = profile.primarySpecialty();
        this.messages = messages;
    }

    Step2Timing step2Timing() {
        if (step2Timing == null) {
            step2Timing = Step2Timing.of(profile, ruleSet);
        }
        return step2Timing;
    }

    boolean fired(RuleId rule) {
        return fired.containsKey(rule);
    }

    void record(Flag flag) {
        fired.put(flag.rule(), flag);
    }

    Flag flag(RuleId rule, Severity severity, PatternMark pattern, String message, Evidence evidence) {
        return new Flag(rule, rule.category(), severity, pattern, message, evidence.toList());
    }

    String msg(String key, Object... args) {
        return messages.get(key, args);
    }

    /** An enum value in plain words ("USMLE Step 1"), never its constant name. */
    String label(Enum<?> value) {
        return messages.label(value);
    }

    static String join(List<String> parts) {
        return String.join("; ", parts);
    }
}
