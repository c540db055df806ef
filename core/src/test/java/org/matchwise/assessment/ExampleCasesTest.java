package org.matchwise.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.matchwise.flags.Flag;
import org.matchwise.flags.PatternMark;
import org.matchwise.flags.RuleId;
import org.matchwise.flags.Severity;
import org.matchwise.ruleset.RuleSet;
import org.matchwise.testing.ExampleCases;
import org.matchwise.testing.ExampleCases.ExampleCase;

class ExampleCasesTest {

    static List<ExampleCase> cases() {
        return ExampleCases.all();
    }

    @ParameterizedTest(name = "{0} produces exactly its expected flags, timing and verdict")
    @MethodSource("cases")
    void each_shared_example_case_produces_exactly_its_expected_outcome(ExampleCase c) {
        Assessment a = Assessor.assess(c.profile(), RuleSet.defaults(c.matchYear()), c.asOf());

        Map<RuleId, Severity> severities = new EnumMap<>(RuleId.class);
        Map<RuleId, PatternMark> patterns = new EnumMap<>(RuleId.class);
        for (Flag f : a.flags()) {
            severities.put(f.rule(), f.severity());
            if (f.pattern() != null) {
                patterns.put(f.rule(), f.pattern());
            }
        }
        assertThat(severities).isEqualTo(c.expected().severities());
        assertThat(patterns).isEqualTo(c.expected().patterns());
        assertThat(a.step2Timing().status()).isEqualTo(c.expected().step2());
        assertThat(a.readiness().verdict()).isEqualTo(c.expected().verdict());
        assertThat(a.matchYear()).isEqualTo(c.matchYear());
        assertThat(a.readiness().disclaimer()).isEqualTo("Advice, not a prediction of match outcome.");
    }

    @org.junit.jupiter.api.Test
    void the_med_peds_retake_reads_like_the_contract_example() {
        ExampleCase c = ExampleCases.medPedsStep1Retake();
        Assessment a = Assessor.assess(c.profile(), RuleSet.defaults(2027), c.asOf());
        Flag r1 = a.flags().get(0);
        assertThat(r1.rule()).isEqualTo(RuleId.R1);
        assertThat(r1.message()).isEqualTo("Failed USMLE Step 1 on 2019-06-10; passed 2019-10-02");
        assertThat(r1.evidence()).containsExactly("exams[0]", "exams[1]");
        assertThat(a.step2Timing().scoreAvailableBy()).isEqualTo(org.matchwise.testing.Profiles.d("2020-09-29"));
        assertThat(a.step2Timing().programsOpen()).isEqualTo(org.matchwise.testing.Profiles.d("2026-09-24"));
        assertThat(a.flags()).extracting(Flag::rule).containsExactly(RuleId.R1, RuleId.R2, RuleId.R7);
    }
}
