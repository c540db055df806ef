package org.matchwise.dashboard.ui;

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
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.matchwise.applicant.AcademicEvent;
import org.matchwise.applicant.ApplicantNotFoundException;
import org.matchwise.applicant.ClinicalExperience;
import org.matchwise.applicant.Cycle;
import org.matchwise.applicant.ExamAttempt;
import org.matchwise.applicant.Letter;
import org.matchwise.applicant.PracticeAssessment;
import org.matchwise.applicant.ProfessionalismEvent;
import org.matchwise.applicant.SaveResult;
import org.matchwise.applicant.TimelineEntry;
import org.matchwise.dashboard.DashboardViews.DashboardQuery;
import org.matchwise.dashboard.VerificationQueue;
import org.matchwise.dashboard.VerificationQueue.Awaiting;
import org.matchwise.dashboard.VerificationQueue.AwaitingEntry;
import org.matchwise.text.MessageTemplates;

/**
 * The dashboard's "Awaiting verification" panel: what applicants of the shown caseload entered that no advisor
 * has verified yet (who, what, when), each with a link to the case and a one-click "Verify". Verifying goes
 * through {@link VerificationQueue#verify} to {@code ApplicantService.verify}, which checks the record against the
 * caller once more; an entry that changed since it was listed is left alone. The panel then reloads itself, not
 * the whole dashboard.
 */
class AwaitingVerification extends Section {

    private final VerificationQueue queue;

    final Paragraph summary = new Paragraph();
    final UnorderedList entries = new UnorderedList();
    /** What is listed now. */
    Awaiting shown;
    private DashboardQuery query;

    AwaitingVerification(VerificationQueue queue) {
        this.queue = queue;
        addClassNames("mw-panel", "mw-wide", "mw-awaiting");
        entries.addClassName("mw-awaiting-list");
        entries.getElement().setAttribute("aria-label", getTranslation("verification.title"));
        add(new H3(getTranslation("verification.title")), summary, entries);
    }

    /** Lists the unverified entries of {@code q}'s scope. */
    void show(DashboardQuery q) {
        this.query = q;
        shown = queue.awaiting(q);
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
        String what = describe(e.value());
        var name = new Anchor(ApplicantListView.caseUrl(e.applicantId()), e.applicantName());
        name.addClassName("mw-case-link");
        name.getElement().setAttribute("title", getTranslation("verification.openCase", e.applicantName()));
        var text = new Span(what);
        text.addClassName("mw-awaiting-what");
        var mark = new Span(getTranslation("verification.unverified"));
        mark.addClassNames("mw-badge", "mw-unverified");
        mark.getElement().getThemeList().add("badge contrast small"); // Lumo's badge: styled without dashboard CSS
        var when = new Span(e.enteredAt() == null ? "" : getTranslation("verification.entered",
                date(LocalDate.ofInstant(e.enteredAt(), ZoneId.systemDefault()))));
        when.addClassName("mw-awaiting-when");
        var verify = new Button(getTranslation("verification.verify"), click -> verify(e, what));
        verify.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        verify.setDisableOnClick(true);
        verify.getElement().setAttribute("aria-label", getTranslation("verification.verifyFor", what, e.applicantName()));
        var li = new ListItem(name, new Span(" · "), text, new Span(" "), mark, new Span(" "), when, new Span(" "), verify);
        li.getElement().setAttribute("data-applicant", String.valueOf(e.applicantId()));
        li.getElement().setAttribute("data-reference", e.reference());
        return li;
    }

    void verify(AwaitingEntry e, String what) {
        String message;
        boolean ok = false;
        try {
            SaveResult result = queue.verify(e);
            ok = result instanceof SaveResult.Saved;
            message = ok ? getTranslation("verification.done", what, e.applicantName())
                    : getTranslation("verification.failed", e.applicantName());
        } catch (ApplicantNotFoundException gone) {
            message = getTranslation("verification.failed", e.applicantName());
        }
        Notification n = Notification.show(message, 4000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(ok ? NotificationVariant.LUMO_SUCCESS : NotificationVariant.LUMO_WARNING);
        show(query);
    }

    /** The entry in words, e.g. "USMLE Step 2 CK scheduled Aug 20, 2027". */
    String describe(Object value) {
        MessageTemplates labels = MessageTemplates.labels(getLocale());
        return switch (value) {
            case ExamAttempt a -> a.score() == null
                    ? getTranslation("verification.what.exam", labels.label(a.exam()), labels.label(a.outcome()), date(a.date()))
                    : getTranslation("verification.what.examScore", labels.label(a.exam()), labels.label(a.outcome()),
                            date(a.date()), String.valueOf(a.score()));
            case PracticeAssessment p -> p.predictedScore() == null
                    ? getTranslation("verification.what.practice", p.form(), labels.label(p.exam()), date(p.date()))
                    : getTranslation("verification.what.practiceScore", p.form(), labels.label(p.exam()), date(p.date()),
                            String.valueOf(p.predictedScore()));
            case ClinicalExperience c -> getTranslation("verification.what.clinical", labels.label(c.kind()),
                    labels.label(c.specialty()), c.institution() == null ? "" : c.institution(), date(c.start()));
            case Letter l -> getTranslation("verification.what.letter", l.writer(), labels.label(l.specialty()),
                    labels.label(l.status()));
            case TimelineEntry t -> getTranslation("verification.what.timeline", labels.label(t.kind()),
                    t.title() == null ? "" : t.title(), date(t.start()));
            case AcademicEvent a -> getTranslation("verification.what.academic", labels.label(a.kind()),
                    a.subject() == null ? "" : a.subject(), date(a.date()));
            case ProfessionalismEvent p -> getTranslation("verification.what.professionalism", date(p.date()));
            case Cycle c -> getTranslation("verification.what.cycle", String.valueOf(c.matchYear()), labels.label(c.outcome()));
            case null, default -> getTranslation("verification.what.other");
        };
    }

    private String date(LocalDate d) {
        return d == null ? "" : d.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale()));
    }
}
