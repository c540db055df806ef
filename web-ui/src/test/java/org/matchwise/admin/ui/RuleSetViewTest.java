package org.matchwise.admin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import org.junit.jupiter.api.Test;
import org.matchwise.AsUser;
import org.matchwise.MatchwiseTest;
import org.matchwise.admin.AdminFixtures;
import org.matchwise.admin.AdminViews.VerdictChange;
import org.matchwise.admin.RuleSetAdminService;
import org.matchwise.applicant.ApplicantService;
import org.matchwise.readiness.Verdict;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

@MatchwiseTest
class RuleSetViewTest extends SpringBrowserlessTest {

    static final int YEAR = 2034;

    @Autowired
    RuleSetAdminService service;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    ApplicantService applicants;

    private int storedVersion(int year) {
        return AsUser.call(accounts, AdminFixtures.ADMIN, () -> service.draft(year)).version();
    }

    /** Makes sure {@code YEAR} has a stored rule set, so the year picker offers it. */
    private void yearWithRuleSet() {
        AsUser.call(accounts, AdminFixtures.ADMIN, () -> {
            if (service.draft(YEAR).version() == 0) {
                service.save(YEAR, service.draft(YEAR).form(), false);
            }
            return null;
        });
    }

    private NumberField number(RuleSetView view, String name) {
        return (NumberField) view.fields.get(name);
    }

    @Test
    @WithUserDetails("admin@demo.example")
    void an_admin_edits_a_threshold_and_saves_it_as_the_next_version() {
        yearWithRuleSet();
        RuleSetView view = navigate(RuleSetView.class);
        view.year.setValue(YEAR);
        int before = storedVersion(YEAR);
        assertThat(view.source.getText()).isEqualTo("Version " + before + " of " + YEAR + ", stored.");

        ((IntegerField) view.fields.get("yearsSinceGraduation")).setValue(6);
        test(view.save).click();

        assertThat(storedVersion(YEAR)).as(view.lastMessage).isEqualTo(before + 1);
        assertThat(view.source.getText()).isEqualTo("Version " + (before + 1) + " of " + YEAR + ", stored.");
        assertThat(view.lastMessage).startsWith("Saved as version " + (before + 1) + " of " + YEAR);
        assertThat(((IntegerField) view.fields.get("yearsSinceGraduation")).getValue()).isEqualTo(6);
    }

    @Test
    @WithUserDetails("admin@demo.example")
    void a_bad_threshold_and_a_bad_date_show_their_messages_and_nothing_is_saved() {
        yearWithRuleSet();
        RuleSetView view = navigate(RuleSetView.class);
        view.year.setValue(YEAR);
        int before = storedVersion(YEAR);

        number(view, "gapMonths").setValue(3.0);
        number(view, "gapHighMonths").setValue(1.0);
        number(view, "daysPerMonth").setValue(45.0);
        DatePicker matchDay = (DatePicker) view.fields.get("matchDay");
        matchDay.setValue(((DatePicker) view.fields.get("rankOrderDeadline")).getValue().minusDays(2));
        test(view.save).click();

        assertThat(number(view, "gapHighMonths").isInvalid()).isTrue();
        assertThat(number(view, "gapHighMonths").getErrorMessage()).isEqualTo("Must not be below the lower limit (3).");
        assertThat(number(view, "daysPerMonth").getErrorMessage()).isEqualTo("Enter a value from 28 to 31.");
        assertThat(matchDay.isInvalid()).isTrue();
        assertThat(matchDay.getErrorMessage()).isEqualTo("Must come after the rank-order deadline.");
        assertThat(view.lastMessage).isEqualTo("Correct the highlighted fields first.");
        assertThat(storedVersion(YEAR)).isEqualTo(before);
    }

    @Test
    @WithUserDetails("admin@demo.example")
    void the_preview_lists_the_applicants_whose_verdict_would_change_old_to_new() {
        String early = AdminFixtures.unique("V-EARLY");
        String recent = AdminFixtures.unique("V-RECENT");
        AdminFixtures.store(accounts, applicants, AdminFixtures.longAgoGraduate(early));
        AdminFixtures.store(accounts, applicants, AdminFixtures.recentGraduate(recent));
        RuleSetView view = navigate(RuleSetView.class);
        view.year.setValue(2027);
        int before = storedVersion(2027);

        ((IntegerField) view.fields.get("yearsSinceGraduation")).setValue(20);
        test(view.preview).click();
        assertThat(view.progress.isVisible()).as(view.lastMessage).isTrue();
        view.running.join();
        BackgroundWorkTesting.runPendingUiWork();

        var mine = view.previewedChanges().stream()
                .filter(c -> c.externalId().equals(early) || c.externalId().equals(recent)).toList();
        assertThat(mine).extracting(VerdictChange::externalId, VerdictChange::before, VerdictChange::after)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(early, Verdict.READY_WITH_RISKS, Verdict.READY));
        assertThat(view.changes.isVisible()).isTrue();
        assertThat(view.previewSummary.getText()).contains("would change verdict");
        assertThat(view.progress.isVisible()).isFalse();
        assertThat(storedVersion(2027)).as("a preview stores nothing").isEqualTo(before);
    }

    @Test
    @WithUserDetails("admin@demo.example")
    void copying_from_last_year_fills_the_form_with_the_calendar_moved_to_this_year() {
        yearWithRuleSet();
        RuleSetView view = navigate(RuleSetView.class);
        view.year.setValue(YEAR);

        test(view.copy).click();

        assertThat(view.source.getText()).startsWith("Copied from ");
        assertThat(((DatePicker) view.fields.get("matchDay")).getValue().getYear()).isEqualTo(YEAR);
        assertThat(((DatePicker) view.fields.get("erasOpens")).getValue().getYear()).isEqualTo(YEAR - 1);
    }

    @Test
    @WithUserDetails("advisor@demo.example")
    void an_advisor_does_not_get_the_rule_set_editor() {
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate("admin/rulesets");

        assertThat($(RuleSetView.class).exists()).isFalse();
    }

    @Test
    @WithUserDetails("applicant@demo.example")
    void an_applicant_does_not_get_the_rule_set_editor() {
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate("admin/rulesets");

        assertThat($(RuleSetView.class).exists()).isFalse();
    }

}
