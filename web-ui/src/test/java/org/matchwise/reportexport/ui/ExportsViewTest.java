package org.matchwise.reportexport.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.matchwise.MatchwiseTest;
import org.matchwise.applicant.ApplicantService;
import org.matchwise.applicant.SaveResult;
import org.matchwise.reportexport.ExportJobService;
import org.matchwise.reportexport.ExportJobView;
import org.matchwise.reportexport.ExportStatus;
import org.matchwise.reportexport.ReportService;
import org.matchwise.testing.ExampleCases;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@MatchwiseTest
class ExportsViewTest extends SpringBrowserlessTest {

    @Autowired ApplicantService applicants;
    @Autowired ExportJobService exports;
    @Autowired ReportService reports;

    private long createApplicant(int matchYear) {
        var p = ExampleCases.pedsObservershipsLateStep2().profile().toBuilder().matchYear(matchYear)
                .externalId("VIEW-" + UUID.randomUUID()).build();
        return ((SaveResult.Saved) applicants.create(p, "advisor@demo.example")).id();
    }

    @Test
    @WithUserDetails("advisor@demo.example")
    void an_advisor_starts_a_cohort_export_watches_its_progress_and_gets_a_download_link_when_done() throws Exception {
        createApplicant(2072);
        ExportsView view = navigate(ExportsView.class);
        assertThat($(SideNav.class).single().getItems().stream().map(SideNavItem::getLabel)).contains("Exports");

        view.matchYear.setValue(2072);
        test(view.start).click();

        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        ExportJobView job = exports.recent().getFirst();
        assertThat(job.matchYear()).isEqualTo(2072);
        assertThat(UI.getCurrent().getPollInterval()).as("the page polls while the job runs").isPositive();
        while (!job.finished() && Instant.now().isBefore(deadline)) {
            Thread.sleep(300);
            job = exports.job(job.id());
        }
        assertThat(job.status()).isEqualTo(ExportStatus.DONE);
        view.refresh();

        assertThat(UI.getCurrent().getPollInterval()).as("polling stops when nothing runs").isNegative();
        assertThat(view.empty.isVisible()).isFalse();
        assertThat(view.jobs.getGenericDataView().getItems().findFirst().orElseThrow().status()).isEqualTo(ExportStatus.DONE);
        Anchor link = (Anchor) view.download(job);
        assertThat(link.getText()).isEqualTo("Download ZIP");
        view.add(link);
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        test(link).download(zip);
        assertThat(zip.toByteArray()).startsWith(new byte[] {'P', 'K'});
    }

    @Test
    @WithUserDetails("advisor@demo.example")
    void the_report_links_stream_both_pdfs_of_an_applicant() throws Exception {
        long id = createApplicant(2073); // a year of its own: WorklistViewTest counts the advisor's 2034
        UI.getCurrent().navigate(""); // an advisor's home forwards to the dashboard
        ReportDownloads downloads = new ReportDownloads(reports, id);
        UI.getCurrent().add(downloads);

        assertThat(downloads.links).hasSize(4);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        test(downloads.links.getFirst()).download(pdf);
        assertThat(new String(pdf.toByteArray(), 0, 4, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF");
    }

    @Test
    @WithUserDetails("applicant@demo.example")
    void an_applicant_is_not_shown_the_exports_view() {
        UI.getCurrent().navigate(""); // home: applicants land on their own home (my/home)
        assertThat($(SideNav.class).single().getItems().stream().map(SideNavItem::getLabel)).doesNotContain("Exports");

        UI.getCurrent().navigate("exports");
        assertThat($(ExportsView.class).exists()).isFalse();
    }
}
