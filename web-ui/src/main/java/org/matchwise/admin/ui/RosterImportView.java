package org.matchwise.admin.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.matchwise.account.Role;
import org.matchwise.admin.AdminViews.AdminUser;
import org.matchwise.admin.UserAdminService;
import org.matchwise.imports.ImportFormat;
import org.matchwise.imports.ImportProblem;
import org.matchwise.imports.ImportReport;
import org.matchwise.imports.ImportService;
import org.matchwise.imports.RosterTemplate;
import org.matchwise.text.MessageTemplates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Roster import in two steps: the uploaded CSV or JSON file is checked by the import service in dry-run mode
 * and every row and every problem (row, column, message) is shown; only a file without problems offers
 * "Commit import", which writes it and shows what was created, updated and left unchanged. The preview shows every
 * column, coded ones in words; a template (header and one example row) is a click away; a new file replaces the
 * one before it in place.
 */
@Route("admin/import")
@RolesAllowed("ADMIN")
@Menu(title = "admin.nav.import", order = 92, icon = "vaadin:upload")
public class RosterImportView extends VerticalLayout implements HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(RosterImportView.class);
    static final int MAX_BYTES = 20 * 1024 * 1024;

    final ComboBox<AdminUser> advisor = new ComboBox<>(getTranslation("admin.import.advisor"));
    final Upload upload;
    final ProgressBar progress = new ProgressBar();
    final Span progressLabel = new Span();
    final Paragraph summary = new Paragraph();
    final H3 rowsTitle = new H3();
    final Grid<ImportReport.RowPreview> rows = new Grid<>(ImportReport.RowPreview.class, false);
    final H3 errorsTitle = new H3();
    final Grid<ImportProblem> errors = new Grid<>(ImportProblem.class, false);
    final Button commit = new Button(getTranslation("admin.import.commit"), VaadinIcon.CHECK.create());
    final Anchor template;

    /** The work under way, for tests to wait on. */
    CompletableFuture<?> running;

    private final ImportService imports;
    private final BackgroundWork background;
    private String fileName;
    private ImportFormat format;
    private byte[] content;

    RosterImportView(ImportService imports, UserAdminService users, BackgroundWork background) {
        this.imports = imports;
        this.background = background;
        setWidthFull();

        advisor.setItems(users.users().stream()
                .filter(u -> u.enabled() && (u.role() == Role.ADVISOR || u.role() == Role.ADMIN)).toList());
        advisor.setItemLabelGenerator(u -> u.displayName() + " <" + u.email() + ">");
        advisor.setHelperText(getTranslation("admin.import.advisor.help"));
        advisor.setWidth("min(28rem, 100%)");

        upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            UI ui = UI.getCurrent();
            if (ui != null) {
                ui.access(() -> receive(metadata.fileName(), bytes));
            }
        }));
        upload.setAcceptedFileTypes(".csv", ".json", "text/csv", "application/json");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_BYTES);
        UploadI18N i18n = new UploadI18N();
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("admin.import.upload.drop")));
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("admin.import.upload.button")));
        upload.setI18n(i18n);

        progress.setIndeterminate(true);
        progress.setVisible(false);
        progressLabel.setVisible(false);

        MessageTemplates labels = MessageTemplates.labels(getLocale());
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        rows.addColumn(ImportReport.RowPreview::row).setHeader(getTranslation("admin.import.row")).setAutoWidth(true)
                .setFlexGrow(0).setFrozen(true);
        rows.addColumn(r -> getTranslation("admin.import.action." + r.action().name()))
                .setHeader(getTranslation("admin.import.action")).setAutoWidth(true);
        rows.addColumn(ImportReport.RowPreview::externalId).setHeader(getTranslation("admin.import.externalId"))
                .setAutoWidth(true);
        rows.addColumn(ImportReport.RowPreview::givenName).setHeader(getTranslation("admin.import.given"))
                .setAutoWidth(true);
        rows.addColumn(ImportReport.RowPreview::familyName).setHeader(getTranslation("admin.import.family"))
                .setAutoWidth(true);
        rows.addColumn(r -> orEmpty(r.email())).setHeader(getTranslation("admin.import.email")).setAutoWidth(true);
        rows.addColumn(r -> r.applicantType() == null ? "" : labels.label(r.applicantType()))
                .setHeader(getTranslation("admin.import.applicantType")).setAutoWidth(true);
        rows.addColumn(r -> r.visa() == null ? "" : labels.label(r.visa())).setHeader(getTranslation("admin.import.visa"))
                .setAutoWidth(true);
        rows.addColumn(r -> orEmpty(r.medicalSchool())).setHeader(getTranslation("admin.import.medicalSchool"))
                .setAutoWidth(true);
        rows.addColumn(r -> orEmpty(r.country())).setHeader(getTranslation("admin.import.country")).setAutoWidth(true);
        rows.addColumn(r -> r.matriculationDate() == null ? "" : dates.format(r.matriculationDate()))
                .setHeader(getTranslation("admin.import.matriculationDate")).setAutoWidth(true);
        rows.addColumn(r -> r.graduationDate() == null ? "" : dates.format(r.graduationDate()))
                .setHeader(getTranslation("admin.import.graduationDate")).setAutoWidth(true);
        rows.addColumn(r -> labels.labels(r.targetSpecialties(), ", "))
                .setHeader(getTranslation("admin.import.targetSpecialties")).setAutoWidth(true);
        rows.addColumn(ImportReport.RowPreview::matchYear).setHeader(getTranslation("admin.import.matchYear"))
                .setAutoWidth(true).setFlexGrow(0);
        rows.addColumn(r -> orEmpty(r.advisorEmail())).setHeader(getTranslation("admin.import.advisorEmail"))
                .setAutoWidth(true);
        rows.setAriaLabel(getTranslation("admin.import.rows", ""));
        rows.setAllRowsVisible(false);
        rows.setHeight("20rem");

        errors.addColumn(p -> p.row() == null ? getTranslation("admin.import.wholeFile") : String.valueOf(p.row()))
                .setHeader(getTranslation("admin.import.row")).setAutoWidth(true).setFlexGrow(0);
        errors.addColumn(p -> p.column() == null ? "" : p.column()).setHeader(getTranslation("admin.import.column"))
                .setAutoWidth(true);
        errors.addColumn(ImportProblem::message).setHeader(getTranslation("admin.import.message")).setFlexGrow(1);
        errors.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        errors.setAriaLabel(getTranslation("admin.import.errors", ""));
        errors.setHeight("20rem");

        commit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        commit.addClickListener(e -> commit());

        template = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(imports.rosterTemplate().getBytes(StandardCharsets.UTF_8)),
                RosterTemplate.FILE_NAME, "text/csv;charset=UTF-8", -1)), getTranslation("admin.import.template"));
        template.addComponentAsFirst(VaadinIcon.DOWNLOAD.create());
        var templateHelp = new Paragraph(template, new Span(" " + getTranslation("admin.import.template.help")));

        add(new H2(getTranslation("admin.import.title")), new Paragraph(getTranslation("admin.import.help")),
                templateHelp, advisor, upload, progressLabel, progress, summary, errorsTitle, errors, rowsTitle, rows,
                commit);
        showNothing();
    }

    /**
     * A file arrived: check it in dry-run mode. It replaces whatever came before (a rejected file, a preview not
     * committed): the upload's list is cleared, so the next file can be chosen at once, and nothing of the earlier
     * file's report stays on screen.
     */
    void receive(String name, byte[] bytes) {
        upload.clearFileList();
        fileName = null;
        format = null;
        content = null;
        Optional<ImportFormat> detected = ImportFormat.ofFileName(name);
        if (detected.isEmpty()) {
            showNothing();
            summary.setText(getTranslation("admin.import.unknownType"));
            return;
        }
        fileName = name;
        format = detected.get();
        content = bytes;
        String advisorEmail = advisorEmail();
        runInBackground(getTranslation("admin.import.running"),
                () -> imports.importFile(format, content, true, advisorEmail));
    }

    void commit() {
        if (content == null) {
            return;
        }
        String advisorEmail = advisorEmail();
        runInBackground(getTranslation("admin.import.committing"),
                () -> imports.importFile(format, content, false, advisorEmail));
    }

    private String advisorEmail() {
        return advisor.getValue() == null ? null : advisor.getValue().email();
    }

    private void runInBackground(String label, Supplier<ImportReport> work) {
        UI ui = UI.getCurrent();
        showNothing();
        upload.setEnabled(false);
        progressLabel.setText(label);
        progressLabel.setVisible(true);
        progress.setVisible(true);
        ui.setPollInterval(400);
        running = background.run(work).whenComplete((report, failure) -> ui.access(() -> {
            ui.setPollInterval(-1);
            progress.setVisible(false);
            progressLabel.setVisible(false);
            upload.setEnabled(true);
            if (failure != null) {
                log.error("roster import of {} failed", fileName, failure);
                summary.setText(getTranslation("admin.import.failed"));
                return;
            }
            show(report);
        }));
    }

    private void showNothing() {
        summary.setText("");
        rowsTitle.setVisible(false);
        rows.setVisible(false);
        rows.setItems(List.of());
        errorsTitle.setVisible(false);
        errors.setVisible(false);
        errors.setItems(List.of());
        commit.setVisible(false);
    }

    void show(ImportReport report) {
        errors.setItems(report.problems());
        errorsTitle.setText(getTranslation("admin.import.errors", report.problems().size()));
        errorsTitle.setVisible(!report.valid());
        errors.setVisible(!report.valid());
        rows.setItems(report.rows());
        rowsTitle.setText(getTranslation("admin.import.rows", report.rows().size()));
        rowsTitle.setVisible(!report.rows().isEmpty());
        rows.setVisible(!report.rows().isEmpty());
        commit.setVisible(report.outcome() == ImportReport.Outcome.PREVIEW && report.valid());
        switch (report.outcome()) {
            case PREVIEW -> summary.setText(getTranslation("admin.import.summary.preview", fileName, report.created(),
                    report.updated(), report.unchanged()));
            case IMPORTED -> {
                summary.setText(getTranslation("admin.import.summary.done", fileName, report.created(),
                        report.updated(), report.unchanged()));
                content = null;
            }
            case REJECTED_FILE, REJECTED_ROWS -> {
                summary.setText(getTranslation("admin.import.summary.rejected", fileName, report.problems().size()));
                content = null;
            }
        }
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.import.title");
    }
}
