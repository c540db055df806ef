package org.matchwise.flags;

import java.time.LocalDate;
import java.util.Optional;
import org.matchwise.flags.Evidence.Source;

/**
 * R7: graduated more than {@code yearsSinceGraduation} calendar years before ERAS opening (graduating
 * exactly that many years before does not fire). MEDIUM; HIGH when R8 also fires.
 */
record TimeSinceGraduationPolicy() implements FlagPolicy {
    @Override
    public RuleId rule() {
        return RuleId.R7;
    }

    @Override
    public Optional<Flag> evaluate(FlagContext ctx) {
        LocalDate graduated = ctx.profile.graduationDate();
        int years = ctx.thresholds.yearsSinceGraduation();
        LocalDate eras = ctx.calendar.erasOpens();
        if (!graduated.plusYears(years).isBefore(eras)) {
            return Optional.empty();
        }
        Severity severity = ctx.fired(RuleId.R8) ? Severity.HIGH : Severity.MEDIUM;
        return Optional.of(ctx.flag(rule(), severity, null, ctx.msg("r7.graduated", graduated, years, eras),
                new Evidence().add(Source.GRADUATION_DATE)));
    }
}
