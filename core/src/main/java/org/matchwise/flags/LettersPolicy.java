package org.matchwise.flags;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.matchwise.applicant.Letter;
import org.matchwise.flags.Evidence.Source;

/**
 * R11: fewer letters than the primary specialty asks (a US letter counts from REQUESTED on, each toward
 * one requirement), or any letter rated GENERIC or CONCERN (whatever its status). MEDIUM. Evidence:
 * "targetSpecialties" and the letters counted when short; the weak letters.
 */
record LettersPolicy() implements FlagPolicy {
    @Override
    public RuleId rule() {
        return RuleId.R11;
    }

    @Override
    public Optional<Flag> evaluate(FlagContext ctx) {
        Evidence evidence = new Evidence();
        List<String> parts = new ArrayList<>();
        for (LetterRequirementCount count : Figures.letterRequirementCounts(ctx.profile, ctx.ruleSet, ctx.primary)) {
            if (count.shortfall() > 0) {
                evidence.add(Source.TARGET_SPECIALTIES);
                evidence.addRefs(count.evidence());
                parts.add(ctx.msg("r11.short", ctx.primary, count.requirement().count(),
                        SpecialtyExposurePolicy.describe(count.requirement().specialties(), ctx), count.counted()));
            }
        }
        List<Letter> letters = ctx.profile.letters();
        for (int i = 0; i < letters.size(); i++) {
            Letter l = letters.get(i);
            if (l.strength() != null && l.strength().isWeak()) {
                evidence.add(Source.LETTERS, i);
                parts.add(ctx.msg("r11.weak", l.writer(), l.strength()));
            }
        }
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(ctx.flag(rule(), Severity.MEDIUM, null, FlagContext.join(parts), evidence));
    }
}
