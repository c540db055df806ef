package org.matchwise.portal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.matchwise.MatchwiseTest;
import org.matchwise.applicant.ApplicantService;
import org.matchwise.audit.AccessLog;
import org.matchwise.dashboard.SameSecurityStrategy;
import org.matchwise.plan.persistence.RemediationPlanRepository;
import org.matchwise.portal.PortalFixture;
import org.matchwise.reportexport.DisclosureResult;
import org.matchwise.reportexport.ReportKind;
import org.matchwise.reportexport.ReportService;
import org.matchwise.reports.Variant;
import org.matchwise.security.AccountSetup;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.support.TransactionTemplate;

/** "Who received my reports": the applicant's record of disclosures (34 CFR 99.32(c)), read-only, theirs only. */
@MatchwiseTest
@ExtendWith(SameSecurityStrategy.class)
class MyDisclosuresViewTest extends SpringBrowserlessTest {

    static final String DORA = "dora.disclosed@applicants.example";
    static final String ELI = "eli.undisclosed@applicants.example";
    static PortalFixture fixture;
    static PortalFixture.Applicant dora;
    static PortalFixture.Applicant eli;

    @Autowired AccessLog log;

    @BeforeAll
    static void applicants(@Autowired AccountSetup accounts, @Autowired UserDetailsService users,
            @Autowired ApplicantService applicants, @Autowired RemediationPlanRepository plans,
            @Autowired TransactionTemplate tx, @Autowired Clock clock, @Autowired ReportService reports) {
        fixture = new PortalFixture(accounts, users, applicants, plans, tx, clock);
        dora = fixture.applicant(DORA, "Dora", "Disclosed");
        eli = fixture.applicant(ELI, "Eli", "Undisclosed");
        if (fixture.as("advisor@demo.example", () -> reports.disclosures(dora.recordId())).isEmpty()) {
            DisclosureResult recorded = fixture.as("advisor@demo.example", () -> reports.recordDisclosure(dora.recordId(),
                    ReportKind.READINESS, Variant.APPLICANT, "Program director, Example Children's Hospital",
                    "Residency application review"));
            assertThat(recorded).isInstanceOf(DisclosureResult.Recorded.class);
        }
    }

    @Test
    @WithUserDetails(DORA)
    void an_applicant_reads_who_received_her_reports_and_why_and_the_read_is_logged() {
        MyDisclosuresView view = navigate(MyDisclosuresView.class);

        List<org.matchwise.reportexport.DisclosureRecord.ApplicantDisclosure> rows =
                view.grid.getGenericDataView().getItems().toList();
        assertThat(rows).singleElement().satisfies(d -> {
            assertThat(d.recipient()).isEqualTo("Program director, Example Children's Hospital");
            assertThat(d.purpose()).isEqualTo("Residency application review");
            assertThat(d.report()).isEqualTo(ReportKind.READINESS);
        });
        assertThat(view.empty.isVisible()).isFalse();
        assertThat(fixture.as("admin@demo.example", () -> log.ofApplicant(dora.recordId())))
                .anyMatch(e -> e.action().equals("VIEW_DISCLOSURES"));
    }

    @Test
    @WithUserDetails(ELI)
    void an_applicant_without_disclosures_is_told_so_and_sees_nobody_elses() {
        MyDisclosuresView view = navigate(MyDisclosuresView.class);

        assertThat(view.grid.getGenericDataView().getItems().toList()).isEmpty();
        assertThat(view.empty.isVisible()).isTrue();
        assertThat(view.empty.getText()).isEqualTo("None of your reports has been released outside the advising office.");
    }

    @Test
    @WithUserDetails("advisor@demo.example")
    void office_staff_do_not_open_the_applicants_screen() {
        UI.getCurrent().navigate("my/disclosures");
        assertThat($(MyDisclosuresView.class).exists()).isFalse();
    }
}
