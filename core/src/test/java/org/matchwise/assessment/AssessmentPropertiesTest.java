package org.matchwise.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.matchwise.applicant.ApplicantProfile;
import org.matchwise.applicant.ClinicalExperience;
import org.matchwise.applicant.ClinicalKind;
import org.matchwise.applicant.ExamAttempt;
import org.matchwise.applicant.ExamOutcome;
import org.matchwise.applicant.Specialty;
import org.matchwise.flags.Flag;
import org.matchwise.flags.RuleId;
import org.matchwise.flags.Severity;
import org.matchwise.ruleset.RuleSet;
import org.matchwise.testing.RandomProfiles;

class AssessmentPropertiesTest {
    private static final RuleSet RULES = RuleSet.defaults(2027);
    private static final LocalDate AS_OF = LocalDate.of(2026, 5, 15);

    /** What must not depend on list order: rule, severity, pattern, verdict and timing (not evidence indices). */
    private static String summary(Assessment a) {
        return a.flags().stream().map(f -> f.rule() + ":" + f.severity() + ":" + f.pattern()).collect(Collectors.joining(","))
                + "|" + a.readiness().verdict() + "|" + a.step2Timing().status() + "|" + a.step2Timing().scoreAvailableBy();
    }

    private static Map<RuleId, Flag> byRule(Assessment a) {
        return a.flags().stream().collect(Collectors.toMap(Flag::rule, f -> f));
    }

    @Property(tries = 300)
    void the_assessment_never_depends_on_the_order_of_list_entries(@ForAll long seed, @ForAll long shuffleSeed) {
        ApplicantProfile p = RandomProfiles.generate(seed);
        assertThat(summary(Assessor.assess(RandomProfiles.shuffled(p, shuffleSeed), RULES, AS_OF)))
                .isEqualTo(summary(Assessor.assess(p, RULES, AS_OF)));
    }

    @Property(tries = 200)
    void the_assessment_is_deterministic(@ForAll long seed) {
        ApplicantProfile p = RandomProfiles.generate(seed);
        assertThat(Assessor.assess(p, RULES, AS_OF)).isEqualTo(Assessor.assess(RandomProfiles.generate(seed), RULES, AS_OF));
    }

    @Property(tries = 300)
    void adding_a_passed_attempt_after_a_failure_never_makes_r1_more_severe(@ForAll long seed) {
        ApplicantProfile p = RandomProfiles.generate(seed);
        ExamAttempt lastFailure = p.exams().stream().filter(e -> e.outcome() == ExamOutcome.FAIL)
                .max((x, y) -> x.date().compareTo(y.date())).orElse(null);
        if (lastFailure == null) {
            return;
        }
        Flag before = byRule(Assessor.assess(p, RULES, AS_OF)).get(RuleId.R1);
        ApplicantProfile after = p.toBuilder().exam(ExamAttempt.passed(lastFailure.exam(), lastFailure.date().plusDays(30))).build();
        Flag now = byRule(Assessor.assess(after, RULES, AS_OF)).get(RuleId.R1);
        assertThat(now.severity().compareTo(before.severity())).isLessThanOrEqualTo(0);
    }

    @Property(tries = 300)
    void more_us_hands_on_months_never_add_r9(@ForAll long seed, @ForAll @IntRange(min = 1, max = 400) int days) {
        ApplicantProfile p = RandomProfiles.generate(seed);
        boolean before = byRule(Assessor.assess(p, RULES, AS_OF)).containsKey(RuleId.R9);
        LocalDate start = LocalDate.of(2025, 1, 1);
        ApplicantProfile more = p.toBuilder().clinicalExperience(ClinicalExperience.us(ClinicalKind.HANDS_ON,
                Specialty.OTHER, start, start.plusDays(days))).build();
        boolean after = byRule(Assessor.assess(more, RULES, AS_OF)).containsKey(RuleId.R9);
        assertThat(!before && after).isFalse();
    }

    @Property(tries = 300)
    void flags_are_sorted_by_rule_one_per_rule_and_evidence_points_at_real_records(@ForAll long seed) {
        ApplicantProfile p = RandomProfiles.generate(seed);
        List<Flag> flags = Assessor.assess(p, RULES, AS_OF).flags();
        assertThat(flags).isSortedAccordingTo((a, b) -> Integer.compare(a.rule().number(), b.rule().number()));
        assertThat(flags).extracting(Flag::rule).doesNotHaveDuplicates();
        for (Flag f : flags) {
            assertThat(f.pattern() != null).isEqualTo(f.rule() == RuleId.R1 || f.rule() == RuleId.R6
                    || f.rule() == RuleId.R12 || f.rule() == RuleId.R13);
            for (String ref : f.evidence()) {
                int bracket = ref.indexOf('[');
                if (bracket > 0) {
                    int index = Integer.parseInt(ref.substring(bracket + 1, ref.length() - 1));
                    int size = switch (ref.substring(0, bracket)) {
                        case "exams" -> p.exams().size();
                        case "clinicalExperiences" -> p.clinicalExperiences().size();
                        case "letters" -> p.letters().size();
                        case "timeline" -> p.timeline().size();
                        case "academicEvents" -> p.academicEvents().size();
                        case "professionalismEvents" -> p.professionalismEvents().size();
                        case "cycles" -> p.cycles().size();
                        default -> -1;
                    };
                    assertThat(index).as(ref).isBetween(0, size - 1);
                }
            }
        }
    }

    @Property(tries = 300)
    void the_verdict_is_ready_exactly_when_no_flag_is_medium_or_high(@ForAll long seed) {
        Assessment a = Assessor.assess(RandomProfiles.generate(seed), RULES, AS_OF);
        boolean risky = a.flags().stream().anyMatch(f -> f.severity().atLeast(Severity.MEDIUM));
        assertThat(a.readiness().verdict() == org.matchwise.readiness.Verdict.READY).isEqualTo(!risky);
    }
}
