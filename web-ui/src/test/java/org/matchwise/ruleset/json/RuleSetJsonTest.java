package org.matchwise.ruleset.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.matchwise.applicant.Specialty;
import org.matchwise.ruleset.LetterRequirement;
import org.matchwise.ruleset.ProgramRecommendation;
import org.matchwise.ruleset.RuleSet;
import org.matchwise.ruleset.ScoreBands;

class RuleSetJsonTest {

    @Test
    void the_default_rule_set_reads_back_equal() {
        RuleSet defaults = RuleSet.defaults(2027).withSchool("Demo School of Medicine");

        assertThat(RuleSetJson.read(RuleSetJson.write(defaults))).isEqualTo(defaults);
    }

    @Test
    void an_edited_rule_set_reads_back_equal_with_every_edit() {
        RuleSet edited = RuleSet.defaults(2028).withSchool("S").nextVersion()
                .withThresholds(RuleSet.defaults(2028).thresholds().withGapMonths(4.5).withStep2ScoreLagDays(21))
                .withCalendar(RuleSet.defaults(2028).calendar().withProgramsOpen(LocalDate.of(2027, 9, 25)))
                .withScoreBands(Specialty.FAMILY_MEDICINE, ScoreBands.low(214))
                .withLetterRequirements(Specialty.PSYCHIATRY, List.of(LetterRequirement.of(2, Specialty.PSYCHIATRY, Specialty.NEUROLOGY)))
                .withRecommendedPrograms(Specialty.FAMILY_MEDICINE, new ProgramRecommendation(30, 60))
                .withSoftExposureSpecialties(Set.of())
                .withHighClerkships(Specialty.TRANSITIONAL_YEAR, Set.of(Specialty.GENERAL_SURGERY));

        RuleSet read = RuleSetJson.read(RuleSetJson.write(edited));

        assertThat(read).isEqualTo(edited);
        assertThat(read.identity().version()).isEqualTo(2);
        assertThat(read.thresholds().gapMonths()).isEqualTo(4.5);
    }

    @Test
    void a_document_with_an_unknown_field_is_refused() {
        String doc = RuleSetJson.write(RuleSet.defaults(2027)).replace("\"gapMonths\"", "\"gapMonthz\"");

        assertThatThrownBy(() -> RuleSetJson.read(doc)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_document_of_an_unknown_format_is_refused() {
        String doc = RuleSetJson.write(RuleSet.defaults(2027)).replace("\"format\":" + RuleSetJson.FORMAT, "\"format\":99");

        assertThatThrownBy(() -> RuleSetJson.read(doc)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("format");
    }

    @Test
    void a_format_1_document_without_high_clerkships_reads_with_the_default_r12_clerkships() {
        RuleSet defaults = RuleSet.defaults(2027);
        String format1 = RuleSetJson.write(defaults).replace("\"format\":" + RuleSetJson.FORMAT, "\"format\":1")
                .replaceAll(",?\"highClerkships\":\\{[^{}]*\\}", "");
        assertThat(format1).doesNotContain("highClerkships");

        RuleSet read = RuleSetJson.read(format1);

        assertThat(read).isEqualTo(defaults);
        assertThat(read.highClerkships(Specialty.TRANSITIONAL_YEAR)).isEmpty();
    }
}
