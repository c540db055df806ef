package org.matchwise.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.matchwise.applicant.ApplicantProfile;
import org.matchwise.assessment.Assessment;
import org.matchwise.assessment.Assessor;
import org.matchwise.demo.DemoCohort.DemoApplicant;
import org.matchwise.flags.Flag;
import org.matchwise.flags.RuleId;
import org.matchwise.readiness.Verdict;
import org.matchwise.ruleset.RuleSet;

class DemoCohortTest {

    private static final List<DemoApplicant> COHORT = DemoCohort.applicants();

    private static Assessment assess(DemoApplicant a) {
        return Assessor.assess(a.profile(), RuleSet.defaults(a.profile().matchYear()), a.asOf());
    }

    @Test
    void every_rule_R1_to_R17_fires_for_at_least_one_demo_applicant_at_its_cycles_as_of_date() {
        Set<RuleId> fired = EnumSet.noneOf(RuleId.class);
        COHORT.forEach(a -> assess(a).flags().forEach(f -> fired.add(f.rule())));
        Set<RuleId> expected = EnumSet.range(RuleId.R1, RuleId.R17);
        assertThat(fired).containsAll(expected);
    }

    @Test
    void the_verdicts_mix_not_ready_ready_with_risks_and_ready_in_the_current_season_and_overall() {
        Map<Verdict, Long> all = COHORT.stream()
                .collect(Collectors.groupingBy(a -> assess(a).readiness().verdict(), () -> new EnumMap<>(Verdict.class),
                        Collectors.counting()));
        Set<Verdict> current = COHORT.stream().filter(a -> a.profile().matchYear() == 2027)
                .map(a -> assess(a).readiness().verdict()).collect(Collectors.toSet());
        assertThat(all.keySet()).containsExactlyInAnyOrder(Verdict.values());
        assertThat(current).containsExactlyInAnyOrder(Verdict.values());
        assertThat(all.get(Verdict.READY)).isGreaterThanOrEqualTo(5);
    }

    @Test
    void the_cohort_has_sixty_applicants_over_2025_2026_and_2027_with_unique_external_ids_and_emails() {
        Map<Integer, Long> perYear = COHORT.stream()
                .collect(Collectors.groupingBy(a -> a.profile().matchYear(), TreeMap::new, Collectors.counting()));
        assertThat(COHORT).hasSize(60);
        assertThat(perYear.keySet()).containsExactly(2025, 2026, 2027);
        assertThat(perYear.values()).allSatisfy(n -> assertThat(n).isBetween(15L, 25L));
        assertThat(new HashSet<>(COHORT.stream().map(a -> a.profile().externalId()).toList())).hasSize(60);
        assertThat(new HashSet<>(COHORT.stream().map(a -> a.profile().email()).toList())).hasSize(60);
        assertThat(COHORT).allSatisfy(a -> assertThat(a.advisorEmail()).isEqualTo("advisor@demo.example"));
        assertThat(COHORT).allSatisfy(a -> assertThat(a.profile().email()).matches("[a-z0-9.]+@[a-z0-9.]+"));
    }

    @Test
    void past_cohorts_carry_their_outcome_and_the_current_season_is_assessed_as_of_today() {
        assertThat(COHORT).filteredOn(a -> a.profile().matchYear() < 2027).allSatisfy(a -> {
            assertThat(a.profile().cycles()).anySatisfy(c -> {
                assertThat(c.matchYear()).isEqualTo(a.profile().matchYear());
                assertThat(c.outcome().name()).isNotEqualTo("IN_PROGRESS");
            });
            assertThat(a.asOf()).isEqualTo(java.time.LocalDate.of(a.profile().matchYear() - 1, 9, 24));
        });
        assertThat(COHORT).filteredOn(a -> a.profile().matchYear() == 2027)
                .allSatisfy(a -> assertThat(a.asOf()).isEqualTo(java.time.LocalDate.of(2026, 11, 22)));
    }

    @Test
    void names_come_from_many_cultures_including_accents_and_non_latin_scripts() {
        List<String> names = COHORT.stream().map(a -> a.profile().name().full()).toList();
        assertThat(names).contains("Łucja Ñúñez-Øberg", "Dana Reyes");
        assertThat(names).anySatisfy(n -> assertThat(n).containsPattern("\\p{IsCyrillic}"));
        assertThat(names).anySatisfy(n -> assertThat(n).containsPattern("\\p{IsHan}"));
        assertThat(names).anySatisfy(n -> assertThat(n).containsPattern("\\p{IsArabic}"));
        assertThat(names).anySatisfy(n -> assertThat(n).containsPattern("\\p{IsHangul}"));
    }

    @Test
    void dana_reyes_is_the_demo_applicant_with_a_recovered_step1_failure_a_leave_a_gap_and_one_unmatched_cycle() {
        DemoApplicant dana = COHORT.get(0);
        ApplicantProfile p = dana.profile();
        Map<RuleId, Flag> flags = assess(dana).flags().stream()
                .collect(Collectors.toMap(Flag::rule, f -> f, (x, y) -> x, () -> new EnumMap<>(RuleId.class)));
        assertThat(p.externalId()).isEqualTo("DEMO-001");
        assertThat(p.email()).isEqualTo("applicant@demo.example");
        assertThat(p.name().full()).isEqualTo("Dana Reyes");
        assertThat(p.matchYear()).isEqualTo(2027);
        assertThat(flags).containsKeys(RuleId.R1, RuleId.R2, RuleId.R5, RuleId.R6, RuleId.R14);
        assertThat(flags.get(RuleId.R1).pattern().name()).isEqualTo("ISOLATED_RECOVERED");
        assertThat(flags.get(RuleId.R14).severity().name()).isEqualTo("MEDIUM");
        assertThat(assess(dana).readiness().verdict()).isEqualTo(Verdict.READY_WITH_RISKS);
    }

    @Test
    void the_cohort_is_the_same_on_every_call() {
        assertThat(DemoCohort.applicants()).isEqualTo(DemoCohort.applicants());
    }

    /** Not a rule: prints which rules fire per applicant, to keep the plan readable while it changes. */
    static void main(String[] args) {
        for (DemoApplicant a : COHORT) {
            Assessment r = assess(a);
            System.out.printf("%-14s %-28s %-16s %s%n", a.profile().externalId(), a.profile().name().full(),
                    r.readiness().verdict(), r.flags().stream().map(f -> f.rule() + ":" + f.severity().name().charAt(0))
                            .collect(Collectors.joining(" ")));
        }
    }
}
