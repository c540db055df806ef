package org.matchwise.home.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import java.time.Clock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.matchwise.MatchwiseTest;
import org.matchwise.applicant.ApplicantService;
import org.matchwise.shell.ui.HomeView;
import org.matchwise.casefile.CaseFileService;
import org.matchwise.dashboard.SameSecurityStrategy;
import org.matchwise.home.ApplicantHomeTest;
import org.matchwise.plan.persistence.RemediationPlanRepository;
import org.matchwise.portal.PortalFixture;
import org.matchwise.security.AccountSetup;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.support.TransactionTemplate;

/** The applicant's home screen: applicants land on it; every step links to where it is done; words, not codes. */
@MatchwiseTest
@ExtendWith(SameSecurityStrategy.class)
class ApplicantHomeViewTest extends SpringBrowserlessTest {

    static final String HOMEY = "homey.view@applicants.example";

    @BeforeAll
    static void applicant(@Autowired AccountSetup accounts, @Autowired UserDetailsService users,
            @Autowired ApplicantService applicants, @Autowired RemediationPlanRepository plans,
            @Autowired TransactionTemplate tx, @Autowired Clock clock, @Autowired CaseFileService cases) {
        ApplicantHomeTest.withNotes(new PortalFixture(accounts, users, applicants, plans, tx, clock), HOMEY, "Homey", cases);
    }

    @Test
    @WithUserDetails(HOMEY)
    void an_applicant_lands_on_the_home_and_every_next_step_links_to_where_it_is_done() {
        UI.getCurrent().navigate("");

        assertThat($(HomeView.class).exists()).isFalse();
        ApplicantHomeView view = $(ApplicantHomeView.class).single();
        assertThat(view.greeting.getText()).isEqualTo("Hello, Homey");
        assertThat(view.stepLinks).isNotEmpty().allSatisfy(a -> assertThat(a.getHref()).startsWith("my/"));
        // with the flag category it answers: one title may answer two flags (a leave and a gap)
        assertThat(view.next.getElement().getTextRecursively())
                .contains("Plan action: Take one NBME self-assessment every week (exam failure)");
        assertThat(view.notes.getElement().getTextRecursively()).contains("Book the mock interview")
                .doesNotContain("Private");
        assertThat(view.dates.getElement().getTextRecursively()).contains("Match Day");
        assertThat(view.getElement().getTextRecursively()).doesNotContainPattern("[A-Z]{2,}_[A-Z]{2,}");
    }

    @Test
    @WithUserDetails("advisor@demo.example")
    void an_advisor_does_not_get_the_applicant_home() {
        UI.getCurrent().navigate("my/home");

        assertThat($(ApplicantHomeView.class).exists()).isFalse();
    }
}
