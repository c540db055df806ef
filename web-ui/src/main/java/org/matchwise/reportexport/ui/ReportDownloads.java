package org.matchwise.reportexport.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.matchwise.reportexport.ReportDocument;
import org.matchwise.reportexport.ReportKind;
import org.matchwise.reportexport.ReportService;
import org.matchwise.reports.Variant;

/**
 * Download links for an applicant's two PDF reports, to drop into a case page:
 * {@code new ReportDownloads(reportService, applicantId)}. Advisors and admins get the office copy and the
 * applicant copy of each report; an applicant gets the applicant copy. Each download is prepared by
 * {@link ReportService} when clicked (checked, school-scoped and written to the access log) and streamed
 * straight to the browser.
 */
public class ReportDownloads extends Composite<VerticalLayout> {

    final List<Anchor> links = new ArrayList<>();
    private final ReportService reports;
    private final long applicantId;

    public ReportDownloads(ReportService reports, long applicantId) {
        this.reports = reports;
        this.applicantId = applicantId;
        VerticalLayout root = getContent();
        root.setPadding(false);
        root.setSpacing(false);
        root.add(new H3(getTranslation("reportexport.downloads.heading")));
        FlexLayout row = new FlexLayout();
        row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        row.getStyle().set("gap", "var(--lumo-space-m)");
        boolean office = reports.defaultVariant() == Variant.OFFICE;
        if (office) {
            row.add(link(ReportKind.PROGRESS, Variant.OFFICE, "reportexport.downloads.progress"),
                    link(ReportKind.READINESS, Variant.OFFICE, "reportexport.downloads.readiness"),
                    link(ReportKind.PROGRESS, Variant.APPLICANT, "reportexport.downloads.progressApplicant"),
                    link(ReportKind.READINESS, Variant.APPLICANT, "reportexport.downloads.readinessApplicant"));
        } else {
            row.add(link(ReportKind.PROGRESS, Variant.APPLICANT, "reportexport.downloads.progress"),
                    link(ReportKind.READINESS, Variant.APPLICANT, "reportexport.downloads.readiness"));
        }
        root.add(row);
        if (office) {
            Paragraph hint = new Paragraph(getTranslation("reportexport.downloads.hint"));
            hint.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
            root.add(hint);
        }
    }

    private Anchor link(ReportKind kind, Variant variant, String labelKey) {
        DownloadHandler handler = (DownloadEvent event) -> {
            ReportDocument report = reports.report(applicantId, kind, variant);
            event.setFileName(report.fileName());
            event.setContentType("application/pdf");
            try (OutputStream out = event.getOutputStream()) {
                report.writeTo(out);
            }
        };
        Anchor anchor = new Anchor(handler, "");
        Icon icon = VaadinIcon.FILE_TEXT_O.create();
        icon.getElement().setAttribute("aria-hidden", "true");
        icon.getStyle().set("margin-inline-end", "var(--lumo-space-xs)");
        anchor.add(icon);
        anchor.add(getTranslation(labelKey));
        anchor.getElement().setAttribute("data-report", kind.name().toLowerCase() + "-" + variant.name().toLowerCase());
        links.add(anchor);
        return anchor;
    }
}
