package org.matchwise.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import org.matchwise.applicant.ApplicantNotFoundException;
import org.matchwise.applicant.CorrectionService;
import org.matchwise.dashboard.DashboardViews.DashboardQuery;
import org.matchwise.dashboard.VerificationQueue;
import org.matchwise.dashboard.VerificationQueue.Action;
import org.matchwise.dashboard.VerificationQueue.Awaiting;
import org.matchwise.dashboard.VerificationQueue.AwaitingEntry;
import org.matchwise.dashboard.VerificationQueue.Kind;
import org.matchwise.dashboard.VerificationQueue.Outcome;

/**
 * The dashboard's "Awaiting verification" panel: the verification queue of the shown caseload, newest first, each
 * item in words with a link to the case: entries applicants made that no advisor has verified yet ("Verify"), their
 * correction requests for verified entries with the reason ("Accept", "Decline" with an optional note the applicant
 * sees) and the unverified entries they removed ("Acknowledge"); one click each. Every answer goes through
 * {@link VerificationQueue}, which checks the record against the caller once more; an item that changed since it was
 * listed is left alone. The panel then reloads itself, not the whole dashboard.
 */
public class AwaitingVerification extends Section {

    private final VerificationQueue queue;

    final Paragraph summary = new Paragraph();
    final UnorderedList entries = new UnorderedList();
    /** What is listed now. */
    Awaiting shown;
    private DashboardQuery query;

    public AwaitingVerification(VerificationQueue queue) {
        this.queue = queue;
        addClassNames("mw-panel", "mw-wide", "mw-awaiting");
        entries.addClassName("mw-awaiting-list");
        entries.getElement().setAttribute("aria-label", getTranslation("verification.title"));
        add(new H3(getTranslation("verification.title")), summary, entries);
    }

    /** Lists the queue of {@code q}'s scope. */
    void show(DashboardQuery q) {
        this.query = q;
        shown = queue.awaiting(q, getLocale());
        entries.removeAll();
        if (shown.entries().isEmpty()) {
            summary.setText(getTranslation("verification.empty"));
            entries.setVisible(false);
            return;
        }
        entries.setVisible(true);
        summary.setText(shown.total() > shown.entries().size()
                ? getTranslation("verification.summary.more", shown.entries().size(), shown.total())
                : getTranslation("verification.summary", shown.total()));
        for (AwaitingEntry e : shown.entries()) {
            entries.add(item(e));
        }
    }

    private ListItem item(AwaitingEntry e) {
        String what = what(e);
        var name = new Anchor(ApplicantListView.caseUrl(e.applicantId()), e.applicantName());
        name.addClassName("mw-case-link");
        name.getElement().setAttribute("title", getTranslation("verification.openCase", e.applicantName()));
        var text = new Span(what);
        text.addClassName("mw-awaiting-what");
        var mark = new Span(e.kind() == Kind.VERIFY ? getTranslation("verification.unverified")
                : org.matchwise.base.i18n.Labels.title(this, e.kind()));
        mark.addClassNames("mw-badge", "mw-unverified");
        // Lumo's badge: styled without dashboard CSS
        mark.getElement().getThemeList().add(e.kind() == Kind.VERIFY ? "badge contrast small" : "badge small");
        String day = e.enteredAt() == null ? "" : date(LocalDate.ofInstant(e.enteredAt(), ZoneId.systemDefault()));
        var when = new Span(day.isEmpty() ? "" : getTranslation(e.kind() == Kind.VERIFY ? "verification.entered"
                : "verification.requested", day));
        when.addClassName("mw-awaiting-when");
        List<Component> parts = new ArrayList<>(List.of(name, text, new Span(" "), mark, new Span(" "), when));
        if (e.reason() != null) {
            var reason = new Span(getTranslation("verification.reason", e.reason()));
            reason.addClassName("mw-awaiting-reason");
            reason.getStyle().set("display", "block");
            parts.add(reason);
        }
        TextField note = null;
        if (e.actions().contains(Action.DECLINE)) {
            note = new TextField();
            note.setPlaceholder(getTranslation("verification.note"));
            note.setAriaLabel(getTranslation("verification.note"));
            note.setMaxLength(CorrectionService.MAX_TEXT);
            note.addClassName("mw-awaiting-note");
            note.addThemeName("small");
            parts.add(new Span(" "));
            parts.add(note);
        }
        for (Action action : e.actions()) {
            parts.add(new Span(" "));
            parts.add(button(e, action, what, note));
        }
        var li = new ListItem(parts.toArray(Component[]::new));
        li.getElement().setAttribute("data-applicant", String.valueOf(e.applicantId()));
        li.getElement().setAttribute("data-reference", e.reference());
        li.getElement().setAttribute("data-kind", e.kind().name());
        if (e.requestId() != null) {
            li.getElement().setAttribute("data-request", String.valueOf(e.requestId()));
        }
        return li;
    }

    private Button button(AwaitingEntry e, Action action, String what, TextField note) {
        String key = switch (action) {
            case VERIFY -> "verification.verify";
            case ACCEPT -> "verification.accept";
            case DECLINE -> "verification.decline";
            case ACKNOWLEDGE -> "verification.acknowledge";
        };
        var button = new Button(getTranslation(key), click -> act(e, action, what, note == null ? null : note.getValue()));
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        if (action != Action.DECLINE) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        button.setDisableOnClick(true);
        button.getElement().setAttribute("data-action", action.name());
        button.getElement().setAttribute("aria-label", getTranslation(key + "For",
                action == Action.VERIFY ? what : e.applicantName(), action == Action.VERIFY ? e.applicantName() : what));
        return button;
    }

    void act(AwaitingEntry e, Action action, String what, String note) {
        String message;
        boolean ok = false;
        try {
            Outcome outcome = queue.act(e, action, note);
            ok = outcome instanceof Outcome.Done;
            message = switch (outcome) {
                case Outcome.Done done -> action == Action.VERIFY
                        ? getTranslation("verification.done", what, e.applicantName())
                        : getTranslation("verification.done." + action.name(), e.words() == null ? what : e.words());
                case Outcome.Refused refused -> action == Action.VERIFY
                        ? getTranslation("verification.failed", e.applicantName())
                        : getTranslation("verification.refused", refused.message());
            };
        } catch (ApplicantNotFoundException gone) {
            message = getTranslation("verification.failed", e.applicantName());
        }
        Notification n = Notification.show(message, 4000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(ok ? NotificationVariant.LUMO_SUCCESS : NotificationVariant.LUMO_WARNING);
        show(query);
    }

    /** The item in words after the applicant's name (which the panel shows as the link to the case). */
    public String what(AwaitingEntry e) {
        String words = e.words() == null ? "" : e.words();
        return words.startsWith(e.applicantName()) ? words.substring(e.applicantName().length()) : " · " + words;
    }

    private String date(LocalDate d) {
        return d == null ? "" : d.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale()));
    }
}
