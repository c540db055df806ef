package org.matchwise.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import org.matchwise.admin.AdminViews.AdminUser;
import org.matchwise.admin.UserAdminService;
import org.matchwise.applicant.ApplicantService;
import org.matchwise.applicant.ApplicantViews.ApplicantSummary;
import org.matchwise.applicant.ApplicantViews.ListFilter;
import org.matchwise.audit.AccessLog;

/**
 * The admin's access log: every read of an applicant record in the school, newest first, filtered by applicant,
 * user and days, loaded page by page; the rows that match can be downloaded as CSV. Nothing here changes the log.
 */
@Route("admin/access-log")
@RolesAllowed("ADMIN")
@Menu(title = "accesslog.nav", order = 96, icon = "vaadin:eye")
public class AccessLogView extends VerticalLayout implements HasDynamicTitle {

    final ComboBox<ApplicantSummary> applicant = new ComboBox<>();
    final ComboBox<AdminUser> user = new ComboBox<>();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final Button clear = new Button();
    final Paragraph total = new Paragraph();
    final Grid<AccessLog.Row> grid = new Grid<>();
    final Anchor csv;

    private final AccessLog log;
    private final Clock clock;

    AccessLogView(AccessLog log, ApplicantService applicants, UserAdminService users, Clock clock) {
        this.log = log;
        this.clock = clock;
        setSizeFull();

        applicant.setLabel(getTranslation("accesslog.filter.applicant"));
        applicant.setItemLabelGenerator(a -> a.name() + " (" + a.externalId() + ")");
        applicant.setItems(q -> applicants.list(new ListFilter(q.getFilter().orElse(null), null, null, null),
                q.getPage(), q.getPageSize()).items().stream());
        applicant.setClearButtonVisible(true);
        user.setLabel(getTranslation("accesslog.filter.user"));
        user.setItems(users.users());
        user.setItemLabelGenerator(u -> u.displayName() + " (" + u.email() + ")");
        user.setClearButtonVisible(true);
        from.setLabel(getTranslation("accesslog.filter.from"));
        to.setLabel(getTranslation("accesslog.filter.to"));
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);
        clear.setText(getTranslation("accesslog.filter.clear"));
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        clear.addClickListener(e -> {
            applicant.clear();
            user.clear();
            from.clear();
            to.clear();
        });
        applicant.addValueChangeListener(e -> refresh());
        user.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());

        DownloadHandler download = event -> {
            AccessLog.Export export = log.csv(query(), getLocale());
            event.setFileName("access-log.csv");
            event.setContentType(export instanceof AccessLog.Export.Csv ? "text/csv;charset=UTF-8" : "text/plain;charset=UTF-8");
            String body = switch (export) {
                case AccessLog.Export.Csv c -> c.text();
                case AccessLog.Export.TooMany t -> t.message();
            };
            try (OutputStream out = event.getOutputStream()) {
                out.write(body.getBytes(StandardCharsets.UTF_8));
            }
        };
        csv = new Anchor(download, getTranslation("accesslog.export"));
        csv.addComponentAsFirst(VaadinIcon.DOWNLOAD.create());

        var filters = new HorizontalLayout(applicant, user, from, to, clear, csv);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);

        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale());
        grid.addColumn(r -> LocalDateTime.ofInstant(r.at(), clock.getZone()).format(when))
                .setHeader(getTranslation("accesslog.col.at")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.userName() == null ? getTranslation("accesslog.unknownUser", String.valueOf(r.userId()))
                : r.userName()).setHeader(getTranslation("accesslog.col.user")).setAutoWidth(true);
        grid.addColumn(r -> r.applicantName() == null
                ? getTranslation("accesslog.unknownApplicant", String.valueOf(r.applicantId())) : r.applicantName())
                .setHeader(getTranslation("accesslog.col.applicant")).setAutoWidth(true);
        grid.addColumn(r -> r.detail() == null ? r.actionText() : r.actionText() + " (" + r.detail() + ")")
                .setHeader(getTranslation("accesslog.col.what")).setFlexGrow(1);
        grid.addColumn(r -> r.clientIp() == null ? getTranslation("accesslog.job")
                : r.clientIp() + (r.userAgent() == null ? "" : " · " + r.userAgent()))
                .setHeader(getTranslation("accesslog.col.from")).setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setAriaLabel(getTranslation("accesslog.title"));
        grid.setSizeFull();

        add(new H2(getTranslation("accesslog.title")), new Paragraph(getTranslation("accesslog.intro")), filters, total,
                grid);
        refresh();
    }

    /** The filters as chosen now. */
    AccessLog.Query query() {
        return new AccessLog.Query(applicant.getValue() == null ? null : applicant.getValue().id(),
                user.getValue() == null ? null : user.getValue().id(), from.getValue(), to.getValue());
    }

    /** Reloads the rows for the filters: page by page as the grid scrolls. */
    void refresh() {
        AccessLog.Query query = query();
        long matching = log.search(query, 0, 1, getLocale()).total();
        total.setText(getTranslation("accesslog.total", matching));
        grid.setItems(q -> log.search(query, q.getPage(), q.getPageSize(), getLocale()).rows().stream(),
                q -> (int) Math.min(Integer.MAX_VALUE, log.search(query, 0, 1, getLocale()).total()));
    }

    /** The rows the grid shows now (first page), for tests. */
    List<AccessLog.Row> rows() {
        return grid.getDataCommunicator().getDataProvider().fetch(new com.vaadin.flow.data.provider.Query<>()).toList();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("accesslog.title");
    }
}
