package org.matchwise.flags;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.matchwise.applicant.ProfessionalismEvent;
import org.matchwise.flags.Evidence.Source;

/**
 * R13: any professionalism or disciplinary event, always HIGH. PATTERN from {@code patternEvents}
 * events, else ISOLATED (domain.md defines recovery only for R1 and R12; formal remediation is read by
 * the readiness verdict instead). The message does not repeat the description, which is sensitive.
 */
record ProfessionalismPolicy() implements FlagPolicy {
    @Override
    public RuleId rule() {
        return RuleId.R13;
    }

    @Override
    public Optional<Flag> evaluate(FlagContext ctx) {
        List<ProfessionalismEvent> events = ctx.profile.professionalismEvents();
        if (events.isEmpty()) {
            return Optional.empty();
        }
        Evidence evidence = new Evidence();
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            ProfessionalismEvent e = events.get(i);
            evidence.add(Source.PROFESSIONALISM, i);
            String date = e.date() == null ? ctx.msg("date.unknown") : e.date().toString();
            parts.add(ctx.msg(e.formalRemediation() ? "r13.remediated" : "r13.unremediated", date));
        }
        parts.sort(null);
        PatternMark pattern = events.size() >= ctx.thresholds.patternEvents() ? PatternMark.PATTERN : PatternMark.ISOLATED;
        return Optional.of(ctx.flag(rule(), Severity.HIGH, pattern, FlagContext.join(parts), evidence));
    }
}
