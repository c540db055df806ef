package org.matchwise.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.matchwise.admin.AdminFixtures.ADMIN;
import static org.matchwise.admin.AdminFixtures.ADVISOR;
import static org.matchwise.admin.AdminFixtures.OTHER_ADMIN;

import java.time.Clock;
import java.time.LocalDate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.matchwise.AsUser;
import org.matchwise.MatchwiseTest;
import org.matchwise.admin.AdminViews.CohortResult;
import org.matchwise.admin.AdminViews.CohortRow;
import org.matchwise.admin.AdminViews.RuleSetDraft;
import org.matchwise.admin.AdminViews.RuleSetForm;
import org.matchwise.admin.AdminViews.RuleSetResult;
import org.matchwise.admin.AdminViews.VerdictChange;
import org.matchwise.applicant.ApplicantService;
import org.matchwise.readiness.Verdict;
import org.matchwise.ruleset.RuleSetStore;
import org.matchwise.security.AccountSetup;
import org.matchwise.security.CurrentUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

@MatchwiseTest
class CohortAndRuleSetServiceTest {

    @Autowired
    CohortAdminService cohorts;
    @Autowired
    RuleSetAdminService ruleSets;
    @Autowired
    RuleSetStore store;
    @Autowired
    ApplicantService applicants;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    AccountSetup setup;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    Clock clock;

    @BeforeEach
    void schools() {
        AdminFixtures.otherSchool(setup);
    }

    /** A match year this context has no cohort for yet, in the range a cohort may be opened. */
    private int freeYear(String adminEmail) {
        var taken = AsUser.call(accounts, adminEmail, () -> cohorts.cohorts()).stream().map(CohortRow::matchYear).toList();
        int thisYear = LocalDate.now(clock).getYear();
        return IntStream.rangeClosed(thisYear - 1, thisYear + CohortAdminService.MAX_YEARS_AHEAD)
                .filter(y -> !taken.contains(y)).max().orElseThrow();
    }

    @Test
    void a_cohort_lists_its_applicants_and_advisors_and_only_for_its_school() {
        String externalId = AdminFixtures.unique("COH");
        AdminFixtures.store(accounts, applicants, AdminFixtures.recentGraduate(externalId));

        CohortRow demo2027 = AsUser.call(accounts, ADMIN, () -> cohorts.cohorts()).stream().filter(c -> c.matchYear() == 2027)
                .findFirst().orElseThrow();
        assertThat(demo2027.applicants()).isGreaterThanOrEqualTo(1);
        assertThat(demo2027.advisors()).contains("Alex Advisor");

        assertThat(AsUser.call(accounts, OTHER_ADMIN, () -> cohorts.cohorts()))
                .noneMatch(c -> c.id() == demo2027.id());
    }

    @Test
    void a_new_match_year_gets_its_cohort_and_a_first_rule_set_and_cannot_be_opened_twice() {
        int year = freeYear(ADMIN);

        CohortResult created = AsUser.call(accounts, ADMIN, () -> cohorts.create(year));

        assertThat(created).isInstanceOf(CohortResult.Created.class);
        assertThat(((CohortResult.Created) created).cohort().applicants()).isZero();
        assertThat(AsUser.call(accounts, ADMIN, () -> cohorts.cohorts())).anyMatch(c -> c.matchYear() == year);
        assertThat(AsUser.call(accounts, ADMIN, () -> cohorts.create(year))).isEqualTo(new CohortResult.Refused("cohort_exists"));
        assertThat(AsUser.call(accounts, ADMIN, () -> cohorts.create(1990)))
                .isEqualTo(new CohortResult.Refused("year_out_of_range"));
        assertThat(AsUser.call(accounts, ADMIN, () -> ruleSets.years())).contains(year);
    }

    @Test
    void an_advisor_may_not_list_or_create_cohorts_or_edit_rule_sets() {
        assertThatThrownBy(() -> AsUser.call(accounts, ADVISOR, () -> cohorts.cohorts())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.call(accounts, ADVISOR, () -> cohorts.create(2030)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.call(accounts, ADVISOR, () -> ruleSets.draft(2027)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void saving_an_edit_stores_the_next_version_and_keeps_the_old_one_readable() {
        int year = 2029;
        RuleSetDraft before = AsUser.call(accounts, ADMIN, () -> ruleSets.draft(year));
        RuleSetForm edited = withYearsSinceGraduation(before.form(), 7);

        RuleSetResult saved = AsUser.call(accounts, ADMIN, () -> ruleSets.save(year, edited, false));
        RuleSetResult again = AsUser.call(accounts, ADMIN, () -> ruleSets.save(year, withYearsSinceGraduation(edited, 8), false));

        int first = ((RuleSetResult.Saved) saved).version();
        assertThat(((RuleSetResult.Saved) again).version()).isEqualTo(first + 1);
        long schoolId = AsUser.call(accounts, ADMIN, () -> currentUser.require().schoolId());
        assertThat(store.version(schoolId, year, first).orElseThrow().thresholds().yearsSinceGraduation()).isEqualTo(7);
        assertThat(store.latest(schoolId, year).orElseThrow().thresholds().yearsSinceGraduation()).isEqualTo(8);
        assertThat(AsUser.call(accounts, ADMIN, () -> ruleSets.draft(year)).version()).isEqualTo(first + 1);
    }

    @Test
    void an_invalid_edit_is_refused_with_the_field_and_nothing_is_stored() {
        int year = 2032;
        RuleSetDraft draft = AsUser.call(accounts, ADMIN, () -> ruleSets.draft(year));
        RuleSetForm f = draft.form();
        RuleSetForm bad = new RuleSetForm(f.gapMonths(), f.gapMonths() - 1, f.yearsSinceGraduation(),
                f.recentClinicalMonths(), f.recentClinicalHighMonths(), f.usceHandsOnMonths(), f.fullTimeOverlapMonths(),
                f.daysPerMonth(), f.step2ScoreLagDays(), f.step1NumericLow(), f.examFailuresForHigh(), f.patternEvents(),
                f.erasOpens(), f.applicantsMaySubmit(), f.programsOpen(), f.rankOrderDeadline(),
                f.rankOrderDeadline().minusDays(1));

        long schoolId = AsUser.call(accounts, ADMIN, () -> currentUser.require().schoolId());
        // another test class in the same JVM may have stored a rule set for this year (an import of a 2032 roster
        // does): nothing stored means the latest one is the same after the refused save as before it
        var before = store.latest(schoolId, year).map(r -> r.identity().version());

        RuleSetResult result = AsUser.call(accounts, ADMIN, () -> ruleSets.save(year, bad, false));

        assertThat(result).isInstanceOf(RuleSetResult.Invalid.class);
        assertThat(((RuleSetResult.Invalid) result).problems()).extracting(AdminViews.FieldProblem::field)
                .containsExactlyInAnyOrder("gapHighMonths", "matchDay");
        assertThat(store.latest(schoolId, year).map(r -> r.identity().version())).isEqualTo(before);
    }

    @Test
    void copying_from_last_year_moves_the_calendar_to_the_new_year() {
        AsUser.call(accounts, ADMIN, () -> ruleSets.save(2030, withYearsSinceGraduation(
                AsUser.call(accounts, ADMIN, () -> ruleSets.draft(2030)).form(), 5), false));

        RuleSetDraft copy = AsUser.call(accounts, ADMIN, () -> ruleSets.copyFromLastYear(2031)).orElseThrow();

        assertThat(copy.source()).isEqualTo(RuleSetDraft.Source.COPY);
        assertThat(copy.copiedFrom()).isEqualTo(2030);
        assertThat(copy.form().yearsSinceGraduation()).isEqualTo(5);
        assertThat(copy.form().matchDay().getYear()).isEqualTo(2031);
        assertThat(copy.form().erasOpens().getYear()).isEqualTo(2030);
    }

    @Test
    void the_preview_lists_exactly_the_applicants_whose_verdict_the_edit_changes() {
        String early = AdminFixtures.unique("EARLY");
        String recent = AdminFixtures.unique("RECENT");
        long earlyId = AdminFixtures.store(accounts, applicants, AdminFixtures.longAgoGraduate(early));
        AdminFixtures.store(accounts, applicants, AdminFixtures.recentGraduate(recent));
        RuleSetDraft draft = AsUser.call(accounts, ADMIN, () -> ruleSets.draft(2027));

        RuleSetResult result = AsUser.call(accounts, ADMIN,
                () -> ruleSets.preview(2027, withYearsSinceGraduation(draft.form(), 20), false));

        var mine = ((RuleSetResult.Previewed) result).changes().stream()
                .filter(c -> c.externalId().equals(early) || c.externalId().equals(recent)).toList();
        assertThat(mine).containsExactly(new VerdictChange(earlyId, early, "Early " + early,
                Verdict.READY_WITH_RISKS, Verdict.READY));
        long schoolId = AsUser.call(accounts, ADMIN, () -> currentUser.require().schoolId());
        assertThat(store.latest(schoolId, 2027).map(r -> r.thresholds().yearsSinceGraduation())).isNotEqualTo(
                java.util.Optional.of(20));
    }

    static RuleSetForm withYearsSinceGraduation(RuleSetForm f, int years) {
        return new RuleSetForm(f.gapMonths(), f.gapHighMonths(), years, f.recentClinicalMonths(),
                f.recentClinicalHighMonths(), f.usceHandsOnMonths(), f.fullTimeOverlapMonths(), f.daysPerMonth(),
                f.step2ScoreLagDays(), f.step1NumericLow(), f.examFailuresForHigh(), f.patternEvents(), f.erasOpens(),
                f.applicantsMaySubmit(), f.programsOpen(), f.rankOrderDeadline(), f.matchDay());
    }
}
