package org.matchwise.admin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.matchwise.MatchwiseTest;
import org.matchwise.applicant.ApplicantService;
import org.matchwise.applicant.ApplicantViews.ApplicantSummary;
import org.matchwise.applicant.ApplicantViews.ListFilter;
import org.matchwise.dashboard.SameSecurityStrategy;
import org.matchwise.plan.persistence.RemediationPlanRepository;
import org.matchwise.portal.PortalFixture;
import org.matchwise.security.AccountSetup;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.support.TransactionTemplate;

/** The admin's access log screen, driven without a browser; and who may not open it. */
@MatchwiseTest
@ExtendWith(SameSecurityStrategy.class)
class AccessLogViewTest extends SpringBrowserlessTest {

    @Autowired ApplicantService applicants;
    @Autowired AccountSetup accounts;
    @Autowired UserDetailsService users;
    @Autowired RemediationPlanRepository plans;
    @Autowired TransactionTemplate tx;
    @Autowired Clock clock;

    PortalFixture fixture;
    PortalFixture.Applicant ivy;

    @BeforeEach
    void applicant() {
        fixture = new PortalFixture(accounts, users, applicants, plans, tx, clock);
        ivy = fixture.applicant("ivy." + UUID.randomUUID().toString().substring(0, 8) + "@accesslog-view.example",
                "Ivy", "Viewed");
        fixture.as("advisor@demo.example", () -> applicants.history(ivy.recordId()));
    }

    @Test
    @WithUserDetails("admin@demo.example")
    void an_admin_filters_the_log_by_applicant_and_day_and_reads_who_did_what_in_words() {
        AccessLogView view = navigate(AccessLogView.class);
        ApplicantSummary summary = fixture.as("admin@demo.example", () -> applicants.list(
                new ListFilter(ivy.email(), null, null, null), 0, 5)).items().getFirst();

        view.applicant.setValue(summary);

        assertThat(view.rows()).isNotEmpty().allSatisfy(r -> assertThat(r.applicantId()).isEqualTo(ivy.recordId()));
        assertThat(view.rows()).anySatisfy(r -> {
            assertThat(r.userName()).isEqualTo("Alex Advisor");
            assertThat(r.actionText()).isEqualTo("Viewed the history");
        });
        assertThat(view.total.getText()).endsWith("these filters.").doesNotStartWith("No row");

        view.to.setValue(LocalDate.now(clock).minusDays(1));
        assertThat(view.rows()).isEmpty();
        assertThat(view.total.getText()).isEqualTo("No row matches these filters.");
        test(view.clear).click();
        assertThat(view.applicant.getValue()).isNull();
    }

    @Test
    @WithUserDetails("admin@demo.example")
    void the_access_log_is_in_the_admins_navigation() {
        navigate(AccessLogView.class);
        assertThat($(SideNav.class).single().getItems().stream().map(SideNavItem::getLabel)).contains("Access log");
    }

    @Test
    @WithUserDetails("advisor@demo.example")
    void an_advisor_cannot_open_the_access_log() {
        UI.getCurrent().navigate("admin/access-log");
        assertThat($(AccessLogView.class).exists()).isFalse();
    }
}
