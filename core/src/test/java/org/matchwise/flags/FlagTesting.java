package org.matchwise.flags;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.matchwise.applicant.ApplicantProfile;
import org.matchwise.ruleset.RuleSet;
import org.matchwise.testing.Profiles;

/** Runs the engine with the default 2027 rule set and indexes flags by rule. */
final class FlagTesting {
    private FlagTesting() {
    }

    static Map<RuleId, Flag> flags(ApplicantProfile p) {
        return flags(p, Profiles.rules(), Profiles.AS_OF);
    }

    static Map<RuleId, Flag> flags(ApplicantProfile p, LocalDate asOf) {
        return flags(p, Profiles.rules(), asOf);
    }

    static Map<RuleId, Flag> flags(ApplicantProfile p, RuleSet rules, LocalDate asOf) {
        Map<RuleId, Flag> out = new EnumMap<>(RuleId.class);
        for (Flag f : RedFlagEngine.detect(p, rules, asOf)) {
            out.put(f.rule(), f);
        }
        return out;
    }
}
