package org.matchwise.worklist.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.matchwise.account.Role;
import org.matchwise.applicant.SaveResult;
import org.matchwise.applicant.Specialty;
import org.matchwise.dashboard.DashboardService;
import org.matchwise.dashboard.DashboardViews.AdvisorOption;
import org.matchwise.dashboard.DashboardViews.DashboardQuery;
import org.matchwise.dashboard.DashboardViews.FilterOptions;
import org.matchwise.dashboard.VerificationQueue;
import org.matchwise.dashboard.ui.ApplicantListView;
import org.matchwise.dashboard.ui.AwaitingVerification;
import org.matchwise.dashboard.ui.DashboardView;
import org.matchwise.dashboard.ui.DashboardView.Scope;
import org.matchwise.dashboard.ui.HeadlineCards;
import org.matchwise.dashboard.ui.ListState;
import org.matchwise.security.CurrentUser;
import org.matchwise.security.MatchwiseUser;
import org.matchwise.text.MessageTemplates;
import org.matchwise.worklist.WorklistService;
import org.matchwise.worklist.WorklistViews.WorkItem;
import org.matchwise.worklist.WorklistViews.WorkKind;
import org.matchwise.worklist.WorklistViews.Worklist;

/**
 * The advisor's and admin's landing screen (issue 14 item 1): what needs doing in the caseload (or the whole
 * school), most urgent first. Each row names the applicant, says the reason in words and offers a one-click action
 * or link, plus "Done" and "Snooze" (the caller's own marks). The headline figures are the dashboard's
 * ({@link HeadlineCards}): each opens the filtered applicant list; the charts are on the dashboard, one link away.
 * Rows are cards, so every action is reachable on a phone.
 */
@Route("worklist")
@RolesAllowed({"ADMIN", "ADVISOR"})
@Menu(title = "worklist.menu", order = 0.5, icon = "vaadin:tasks")
public class WorklistView extends VerticalLayout implements HasDynamicTitle {

    private final WorklistService service;
    private final MatchwiseUser me;
    private final FilterOptions options;
    /** Words the verification queue's entries, whatever kinds the queue yields (never shown itself). */
    private final AwaitingVerification entries;

    final Select<Integer> year = new Select<>();
    final RadioButtonGroup<Scope> scope = new RadioButtonGroup<>();
    final ComboBox<AdvisorOption> advisor = new ComboBox<>();
    final ComboBox<Specialty> specialty = new ComboBox<>();
    final HeadlineCards headline = new HeadlineCards();
    final Paragraph summary = new Paragraph();
    final UnorderedList list = new UnorderedList();
    final Button flagsSeen = new Button();
    /** The rows on screen, in order, for tests. */
    final List<Row> rows = new ArrayList<>();
    Worklist shown;

    /** One row on screen: its item and its controls. */
    record Row(WorkItem item, String reason, Component open, Button action, Button done, Button snooze) {
    }

    WorklistView(WorklistService service, DashboardService dashboards, CurrentUser currentUser,
            VerificationQueue verification) {
        this.service = service;
        this.me = currentUser.require();
        this.options = dashboards.filterOptions();
        this.entries = new AwaitingVerification(verification);
        addClassNames("mw-dashboard", "mw-worklist");
        setWidthFull();

        year.setLabel(getTranslation("dashboard.filter.year"));
        year.setItems(options.matchYears());
        year.setItemLabelGenerator(y -> y == options.currentMatchYear()
                ? getTranslation("dashboard.filter.year.current", String.valueOf(y)) : String.valueOf(y));
        year.setValue(options.currentMatchYear());
        scope.setLabel(getTranslation("dashboard.filter.scope"));
        scope.setItems(Scope.values());
        scope.setItemLabelGenerator(s -> getTranslation("dashboard.filter.scope." + s.name().toLowerCase(Locale.ROOT)));
        scope.setValue(Scope.MINE);
        scope.setVisible(me.is(Role.ADVISOR));
        advisor.setLabel(getTranslation("dashboard.filter.advisor"));
        advisor.setItems(options.advisors());
        advisor.setItemLabelGenerator(AdvisorOption::name);
        advisor.setClearButtonVisible(true);
        advisor.setPlaceholder(getTranslation("dashboard.filter.advisor.any"));
        advisor.setVisible(!me.is(Role.ADVISOR));
        specialty.setLabel(getTranslation("dashboard.filter.specialty"));
        specialty.setItems(options.specialties());
        specialty.setItemLabelGenerator(s -> org.matchwise.base.i18n.Labels.title(this, s));
        specialty.setClearButtonVisible(true);
        specialty.setPlaceholder(getTranslation("dashboard.filter.specialty.any"));
        year.addValueChangeListener(e -> refresh());
        scope.addValueChangeListener(e -> {
            advisor.setVisible(e.getValue() == Scope.SCHOOL);
            if (e.getValue() == Scope.MINE) {
                advisor.clear();
            }
            refresh();
        });
        advisor.addValueChangeListener(e -> refresh());
        specialty.addValueChangeListener(e -> refresh());
        var filters = new FlexLayout(year, scope, advisor, specialty);
        filters.addClassName("mw-filters");
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.getElement().setAttribute("role", "group");
        filters.getElement().setAttribute("aria-label", getTranslation("dashboard.filters"));

        var charts = new RouterLink(getTranslation("worklist.charts"), DashboardView.class);
        charts.addClassName("mw-worklist-charts");
        summary.addClassName("mw-scope");
        flagsSeen.setText(getTranslation("worklist.flagsSeen"));
        flagsSeen.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        flagsSeen.addClickListener(e -> {
            service.flagsSeen();
            refresh();
        });
        list.addClassName("mw-worklist-list");
        list.getElement().setAttribute("aria-label", getTranslation("worklist.title"));
        var heading = new H3(getTranslation("worklist.listTitle"));
        add(new H2(getTranslation("worklist.title")), filters, headline, charts, heading, summary, flagsSeen, list);
        refresh();
    }

    DashboardQuery query() {
        Long advisorId = me.is(Role.ADVISOR) && scope.getValue() != Scope.SCHOOL ? Long.valueOf(me.id())
                : advisor.getValue() == null ? null : advisor.getValue().id();
        int y = year.getValue() == null ? options.currentMatchYear() : year.getValue();
        return new DashboardQuery(y, specialty.getValue(), advisorId);
    }

    public void refresh() {
        shown = service.worklist(query());
        headline.show(shown.headline(), shown.query());
        rows.clear();
        list.removeAll();
        int overdue = (int) shown.items().stream().filter(i -> i.date().isBefore(shown.today())).count();
        summary.setText(shown.total() == 0 ? getTranslation("worklist.empty")
                : getTranslation("worklist.summary", shown.total(), overdue, shown.hidden()));
        flagsSeen.setVisible(shown.counts().getOrDefault(WorkKind.NEW_HIGH_FLAG, 0) > 0);
        for (WorkItem item : shown.items()) {
            list.add(row(item));
        }
    }

    /** The applicant list's filters for the worklist's scope. */
    ListState state() {
        return ListState.of(shown.query());
    }

    private Component row(WorkItem item) {
        var li = new ListItem();
        li.addClassName("mw-work");
        boolean overdue = item.date().isBefore(shown.today());
        var when = new Span(overdue ? getTranslation("worklist.overdue", date(item.date()))
                : item.date().equals(shown.today()) ? getTranslation("worklist.today") : date(item.date()));
        when.addClassNames("mw-work-date", overdue ? "mw-work-overdue" : "mw-work-upcoming");
        String reason = reason(item);
        var text = new Span(reason);
        text.addClassName("mw-work-reason");
        var head = new Div(when);
        head.addClassName("mw-work-head");
        Component open;
        if (item.applicantId() != null) {
            open = caseLink(item);
            head.add(open);
        } else {
            var link = new RouterLink(getTranslation("worklist.openList"), ApplicantListView.class);
            link.setQueryParameters(state().toParameters());
            open = link;
        }
        var actions = new Div();
        actions.addClassName("mw-work-actions");
        Button action = null;
        if (item.kind() == WorkKind.VERIFY) {
            action = new Button(getTranslation("worklist.verify"), e -> verify(item));
            action.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            action.getElement().setAttribute("aria-label", getTranslation("worklist.verifyFor", reason));
            actions.add(action);
        }
        if (item.applicantId() == null) {
            actions.add(open);
        }
        var done = new Button(getTranslation("worklist.done"), e -> {
            service.done(item.key());
            notify(getTranslation("worklist.doneNote"), true);
            refresh();
        });
        done.addThemeVariants(ButtonVariant.LUMO_SMALL);
        done.getElement().setAttribute("aria-label", getTranslation("worklist.doneFor", reason));
        var snooze = new Button(getTranslation("worklist.snooze"), e -> snooze(item, reason));
        snooze.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        snooze.getElement().setAttribute("aria-label", getTranslation("worklist.snoozeFor", reason));
        actions.add(done, snooze);
        li.add(head, text, actions);
        rows.add(new Row(item, reason, open, action, done, snooze));
        return li;
    }

    private Component caseLink(WorkItem item) {
        var a = new com.vaadin.flow.component.html.Anchor(ApplicantListView.caseUrl(item.applicantId()), item.applicantName());
        a.addClassName("mw-work-name");
        a.getElement().setAttribute("title", getTranslation("worklist.openCase", item.applicantName()));
        return a;
    }

    /** The reason in words. */
    String reason(WorkItem item) {
        MessageTemplates labels = MessageTemplates.labels(getLocale());
        String detail = item.detail() == null ? "" : item.detail() instanceof org.matchwise.worklist.WorklistViews.Deadline d
                ? getTranslation("worklist.deadline." + d.name()) : labels.label(item.detail());
        return switch (item.kind()) {
            case VERIFY -> getTranslation("worklist.reason.VERIFY", entries.what(item.verification()).replaceFirst("^ · ", "").strip());
            case STEP2_LATE, STEP2_NOT_SCHEDULED, STEP2_FAILED -> {
                LocalDate d = LocalDate.parse(item.subject());
                String key = "worklist.reason." + item.kind().name()
                        + (item.kind() != WorkKind.STEP2_LATE && d.isBefore(shown.today()) ? ".past" : "");
                yield getTranslation(key, date(d));
            }
            case ACTION_DUE, ACTION_OVERDUE -> getTranslation("worklist.reason." + item.kind().name()
                    + (item.detail() == null ? "" : ".category"), date(item.date()), item.subject(), detail);
            default -> getTranslation("worklist.reason." + item.kind().name(), date(item.date()),
                    item.subject() == null ? "" : item.subject(), detail);
        };
    }

    private void verify(WorkItem item) {
        SaveResult result = service.verify(item);
        boolean ok = result instanceof SaveResult.Saved;
        notify(ok ? getTranslation("worklist.verified", item.applicantName())
                : getTranslation("worklist.verifyFailed", item.applicantName()), ok);
        refresh();
    }

    private void snooze(WorkItem item, String reason) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("worklist.snooze.title"));
        var until = new DatePicker(getTranslation("worklist.snooze.until"));
        until.setMin(shown.today().plusDays(1));
        until.setValue(shown.today().plusDays(7));
        var ok = new Button(getTranslation("worklist.snooze"), e -> {
            SaveResult r = service.snooze(item.key(), until.getValue());
            if (r instanceof SaveResult.Rejected) {
                until.setInvalid(true);
                until.setErrorMessage(getTranslation("worklist.snooze.invalid"));
                return;
            }
            dialog.close();
            notify(getTranslation("worklist.snoozed", date(until.getValue())), true);
            refresh();
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var cancel = new Button(getTranslation("worklist.cancel"), e -> dialog.close());
        dialog.add(new Paragraph(reason), until);
        dialog.getFooter().add(cancel, ok);
        dialog.open();
        snoozeDialog = dialog;
        snoozeUntil = until;
        snoozeOk = ok;
    }

    /** The open snooze dialog's parts, for tests. */
    Dialog snoozeDialog;
    DatePicker snoozeUntil;
    Button snoozeOk;

    private void notify(String message, boolean ok) {
        Notification n = Notification.show(message, 4000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(ok ? NotificationVariant.LUMO_SUCCESS : NotificationVariant.LUMO_WARNING);
    }

    private String date(LocalDate d) {
        return d == null ? "" : d.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("worklist.title");
    }
}
