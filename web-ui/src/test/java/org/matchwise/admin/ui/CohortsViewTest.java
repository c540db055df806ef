package org.matchwise.admin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.matchwise.MatchwiseTest;
import org.matchwise.admin.AdminFixtures;
import org.matchwise.admin.AdminViews.CohortRow;
import org.matchwise.applicant.ApplicantService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

@MatchwiseTest
class CohortsViewTest extends SpringBrowserlessTest {

    @Autowired
    UserDetailsService accounts;
    @Autowired
    ApplicantService applicants;
    @Autowired
    Clock clock;

    @Test
    @WithUserDetails("admin@demo.example")
    void an_admin_sees_each_cohort_with_its_size_and_advisors_and_opens_a_new_match_year() {
        AdminFixtures.store(accounts, applicants, AdminFixtures.recentGraduate(AdminFixtures.unique("COHV")));
        CohortsView view = navigate(CohortsView.class);

        CohortRow y2027 = view.rows().stream().filter(c -> c.matchYear() == 2027).findFirst().orElseThrow();
        assertThat(y2027.applicants()).isPositive();
        assertThat(y2027.advisors()).contains("Alex Advisor");
        assertThat(view.empty.isVisible()).isFalse();

        int thisYear = LocalDate.now(clock).getYear();
        int free = IntStream.rangeClosed(thisYear - 1, thisYear + 5)
                .filter(y -> view.rows().stream().noneMatch(c -> c.matchYear() == y)).min().orElseThrow();
        view.year.setValue(free);
        test(view.create).click();

        assertThat(view.rows()).anyMatch(c -> c.matchYear() == free && c.applicants() == 0);
        assertThat(view.year.isInvalid()).isFalse();
    }

    @Test
    @WithUserDetails("admin@demo.example")
    void a_year_out_of_range_or_already_open_is_refused_at_the_field() {
        AdminFixtures.store(accounts, applicants, AdminFixtures.recentGraduate(AdminFixtures.unique("COHV")));
        CohortsView view = navigate(CohortsView.class);

        view.year.setValue(1999);
        test(view.create).click();
        assertThat(view.year.isInvalid()).isTrue();
        assertThat(view.year.getErrorMessage()).isEqualTo("Choose a match year from last year up to five years ahead.");

        view.year.setValue(2027);
        test(view.create).click();
        assertThat(view.year.getErrorMessage()).isEqualTo("Your school already has a cohort for that match year.");
    }

    @Test
    @WithUserDetails("advisor@demo.example")
    void an_advisor_does_not_get_the_cohorts() {
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate("admin/cohorts");

        assertThat($(CohortsView.class).exists()).isFalse();
    }

    @Test
    @WithUserDetails("applicant@demo.example")
    void an_applicant_does_not_get_the_cohorts() {
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate("admin/cohorts");

        assertThat($(CohortsView.class).exists()).isFalse();
    }
}
