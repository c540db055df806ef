package org.matchwise.ruleset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.matchwise.applicant.Specialty;

class RuleSetTest {

    @Test
    void the_2027_defaults_follow_the_domain_calendar() {
        MatchCalendar c = RuleSet.defaults(2027).calendar();
        assertThat(c.erasOpens()).isEqualTo(LocalDate.of(2026, 6, 1));
        assertThat(c.programsOpen()).isEqualTo(LocalDate.of(2026, 9, 24));
        assertThat(c.applicantsMaySubmit()).isEqualTo(LocalDate.of(2026, 9, 2));
        assertThat(c.matchDay()).isEqualTo(LocalDate.of(2027, 3, 19));
        assertThat(c.rankOrderDeadline()).isEqualTo(LocalDate.of(2027, 3, 3));
        assertThat(RuleSet.defaults(2026).calendar().matchDay()).isEqualTo(LocalDate.of(2026, 3, 20));
    }

    @Test
    void the_defaults_hold_every_domain_threshold() {
        RuleSet r = RuleSet.defaults(2027);
        Thresholds t = r.thresholds();
        assertThat(t.gapMonths()).isEqualTo(3);
        assertThat(t.gapHighMonths()).isEqualTo(12);
        assertThat(t.daysPerMonth()).isEqualTo(30.44);
        assertThat(t.step2ScoreLagDays()).isEqualTo(28);
        assertThat(r.scoreBands(Specialty.MED_PEDS).step2Low()).isEqualTo(225);
        assertThat(r.scoreBands(Specialty.MED_PEDS).step2HighRisk()).isEqualTo(220);
        assertThat(r.scoreBands(Specialty.PEDIATRICS).competitive()).isEqualTo(235);
        assertThat(r.scoreBands(Specialty.GENERAL_SURGERY)).isEqualTo(ScoreBands.NONE);
        assertThat(r.letterRequirements(Specialty.MED_PEDS)).hasSize(2);
        assertThat(r.recommendedPrograms(Specialty.INTERNAL_MEDICINE).minimum()).isEqualTo(100);
        assertThat(r.identity()).isEqualTo(new RuleSetIdentity(null, 2027, 1));
    }

    @Test
    void a_new_match_year_is_a_copy_with_the_calendar_shifted_and_version_1() {
        RuleSet edited = RuleSet.defaults(2027).withSchool("school-7")
                .withThresholds(RuleSet.defaults(2027).thresholds().withGapMonths(4)).nextVersion();
        RuleSet next = edited.copyForMatchYear(2028);
        assertThat(next.identity()).isEqualTo(new RuleSetIdentity("school-7", 2028, 1));
        assertThat(next.thresholds().gapMonths()).isEqualTo(4);
        assertThat(next.calendar().programsOpen()).isEqualTo(LocalDate.of(2027, 9, 24));
        assertThat(edited.identity().version()).isEqualTo(2);
    }

    @Test
    void rule_sets_are_immutable_values() {
        RuleSet a = RuleSet.defaults(2027);
        RuleSet b = a.withRecommendedPrograms(Specialty.PEDIATRICS, new ProgramRecommendation(50, 90));
        assertThat(a.recommendedPrograms(Specialty.PEDIATRICS).minimum()).isEqualTo(40);
        assertThat(b.recommendedPrograms(Specialty.PEDIATRICS).minimum()).isEqualTo(50);
        assertThat(RuleSet.defaults(2027)).isEqualTo(a);
        assertThatThrownBy(() -> a.scoreBands().put(Specialty.OTHER, ScoreBands.NONE)).isInstanceOf(UnsupportedOperationException.class);
    }
}
