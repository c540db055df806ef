package org.matchwise.flags;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.matchwise.applicant.AcademicEvent;
import org.matchwise.applicant.AcademicKind;
import org.matchwise.applicant.Specialty;
import org.matchwise.flags.Evidence.Source;

/**
 * R12: any course or clerkship failure, repeated year, remediation or probation. MEDIUM; HIGH for a
 * failed clerkship in the primary specialty, as the rule set lists them (for Med-Peds: IM, Pediatrics or
 * Med-Peds; none for a transitional year). PATTERN from {@code patternEvents} events; a single event is
 * ISOLATED_RECOVERED when it is a course or clerkship failure repeated and passed, else ISOLATED.
 */
record AcademicConcernPolicy() implements FlagPolicy {
    @Override
    public RuleId rule() {
        return RuleId.R12;
    }

    @Override
    public Optional<Flag> evaluate(FlagContext ctx) {
        List<AcademicEvent> events = ctx.profile.academicEvents();
        if (events.isEmpty()) {
            return Optional.empty();
        }
        Set<Specialty> highClerkships = ctx.ruleSet.highClerkships(ctx.primary);
        Severity severity = Severity.MEDIUM;
        Evidence evidence = new Evidence();
        List<String> parts = new ArrayList<>();
        boolean allRecovered = true;
        for (int i = 0; i < events.size(); i++) {
            AcademicEvent e = events.get(i);
            evidence.add(Source.ACADEMIC, i);
            Specialty subject = e.subjectSpecialty();
            if (e.kind() == AcademicKind.CLERKSHIP_FAILURE && subject != null && highClerkships.contains(subject)) {
                severity = Severity.HIGH;
            }
            allRecovered &= e.kind().isFailure() && e.repeatedAndPassed();
            // a clerkship's subject may name a specialty by its constant (INTERNAL_MEDICINE): write it in words
            Object subjectText = subject != null ? subject : e.subject();
            String what = e.subject() == null ? ctx.label(e.kind()) : ctx.msg("r12.subject", e.kind(), subjectText);
            String when = e.date() == null ? what : ctx.msg("r12.dated", what, e.date());
            parts.add(e.kind().isFailure() && e.repeatedAndPassed() ? ctx.msg("r12.recovered", when) : when);
        }
        parts.sort(null);
        PatternMark pattern = events.size() >= ctx.thresholds.patternEvents() ? PatternMark.PATTERN
                : allRecovered ? PatternMark.ISOLATED_RECOVERED : PatternMark.ISOLATED;
        return Optional.of(ctx.flag(rule(), severity, pattern, FlagContext.join(parts), evidence));
    }
}
