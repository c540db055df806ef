package org.matchwise.reportexport.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import org.matchwise.reportexport.ExportDownload;
import org.matchwise.reportexport.ExportJobService;
import org.matchwise.reportexport.ExportJobView;
import org.matchwise.reportexport.ExportStart;
import org.matchwise.reportexport.ExportStatus;

/**
 * Cohort exports for the office: start an export of a match year, watch it run (the page polls while a job
 * is running) and download the ZIP when it is done.
 */
@Route("exports")
@RolesAllowed({"ADMIN", "ADVISOR"})
@Menu(title = "reportexport.exports.title", order = 40, icon = "vaadin:archive")
public class ExportsView extends VerticalLayout implements HasDynamicTitle {

    final IntegerField matchYear = new IntegerField();
    final Button start = new Button();
    final Grid<ExportJobView> jobs = new Grid<>();
    final Paragraph empty = new Paragraph();
    private final ExportJobService exports;
    private final ZoneId zone;
    private final DateTimeFormatter times;
    private com.vaadin.flow.shared.Registration poll;

    ExportsView(ExportJobService exports, Clock clock) {
        this.exports = exports;
        this.zone = clock.getZone();
        this.times = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT);
        setMaxWidth("72rem");
        add(new H2(getTranslation("reportexport.exports.heading")),
                new Paragraph(getTranslation("reportexport.exports.intro")));

        matchYear.setLabel(getTranslation("reportexport.exports.matchYear"));
        matchYear.setMin(1950);
        matchYear.setMax(2100);
        matchYear.setStepButtonsVisible(true);
        matchYear.setValue(LocalDate.now(clock).getYear() + 1);
        start.setText(getTranslation("reportexport.exports.start"));
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClickListener(e -> startExport());
        HorizontalLayout form = new HorizontalLayout(matchYear, start);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        add(form);

        jobs.addColumn(j -> String.valueOf(j.matchYear())).setHeader(getTranslation("reportexport.exports.col.matchYear"))
                .setAutoWidth(true).setFlexGrow(0);
        jobs.addColumn(j -> times.withLocale(getLocale()).format(j.createdAt().atZone(zone)))
                .setHeader(getTranslation("reportexport.exports.col.created")).setAutoWidth(true).setFlexGrow(0);
        jobs.addColumn(j -> getTranslation("reportexport.exports.status." + j.status().name()))
                .setHeader(getTranslation("reportexport.exports.col.status")).setAutoWidth(true).setFlexGrow(0);
        jobs.addComponentColumn(this::progress).setHeader(getTranslation("reportexport.exports.col.progress"))
                .setFlexGrow(1);
        jobs.addComponentColumn(this::download).setHeader(getTranslation("reportexport.exports.col.file"))
                .setAutoWidth(true).setFlexGrow(0);
        jobs.addComponentColumn(this::cancelButton).setAutoWidth(true).setFlexGrow(0);
        jobs.setAllRowsVisible(true);
        empty.setText(getTranslation("reportexport.exports.empty"));
        add(empty, jobs);
        refresh();
    }

    private void startExport() {
        Integer year = matchYear.getValue();
        if (year == null) {
            matchYear.setInvalid(true);
            return;
        }
        switch (exports.start(year)) {
            case ExportStart.Started started -> {
                Notification.show(getTranslation("reportexport.exports.started", String.valueOf(year)))
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            }
            case ExportStart.Refused refused -> {
                Notification n = Notification.show(getTranslation("reportexport.exports.refused", refused.message()));
                n.addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        }
        refresh();
    }

    /** Reloads the jobs; keeps the page polling while one is still running. */
    void refresh() {
        List<ExportJobView> recent = exports.recent();
        jobs.setItems(recent);
        empty.setVisible(recent.isEmpty());
        jobs.setVisible(!recent.isEmpty());
        boolean running = recent.stream().anyMatch(j -> !j.finished());
        getUI().ifPresent(ui -> ui.setPollInterval(running ? 1000 : -1));
    }

    private Div progress(ExportJobView job) {
        ProgressBar bar = new ProgressBar(0, 1, job.progress());
        String text = getTranslation("reportexport.exports.progress", String.valueOf(job.done()), String.valueOf(job.total()));
        bar.getElement().setAttribute("aria-label", text);
        if (job.status() == ExportStatus.QUEUED) {
            bar.setIndeterminate(true);
        }
        boolean explained = job.message() != null && job.status() != ExportStatus.DONE;
        Div cell = new Div(bar, new Span(explained ? job.message() : text));
        cell.setWidthFull();
        return cell;
    }

    com.vaadin.flow.component.Component download(ExportJobView job) {
        if (job.status() != ExportStatus.DONE) {
            return new Text("");
        }
        DownloadHandler handler = event -> {
            // from the shared file store: any node serves it, whichever built it
            ExportDownload file = exports.download(job.id()).orElseThrow(() -> new IllegalStateException(
                    getTranslation("reportexport.error.notReady", String.valueOf(job.id()))));
            event.setFileName(file.fileName());
            event.setContentType("application/zip");
            event.setContentLength(file.size());
            try (java.io.InputStream in = file.open(); java.io.OutputStream out = event.getOutputStream()) {
                in.transferTo(out);
            }
        };
        Anchor anchor = new Anchor(handler, getTranslation("reportexport.exports.download"));
        anchor.getElement().setAttribute("aria-label",
                getTranslation("reportexport.exports.downloadLabel", String.valueOf(job.matchYear())));
        return anchor;
    }

    /** Cancel, for a queued or running export. */
    com.vaadin.flow.component.Component cancelButton(ExportJobView job) {
        if (!job.cancellable()) {
            return new Text("");
        }
        Button cancel = new Button(getTranslation("reportexport.exports.cancel"), click -> {
            exports.cancel(job.id());
            Notification.show(getTranslation("reportexport.exports.cancelled", String.valueOf(job.matchYear())));
            refresh();
        });
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        cancel.getElement().setAttribute("aria-label",
                getTranslation("reportexport.exports.cancelLabel", String.valueOf(job.matchYear())));
        return cancel;
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        poll = attachEvent.getUI().addPollListener(e -> refresh());
        refresh();
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (poll != null) {
            poll.remove();
            poll = null;
        }
        detachEvent.getUI().setPollInterval(-1);
        super.onDetach(detachEvent);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reportexport.exports.title");
    }
}
