package org.matchwise.home.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.matchwise.home.HomeService;
import org.matchwise.home.HomeViews.ApplicantHome;
import org.matchwise.home.HomeViews.NextStep;
import org.matchwise.home.HomeViews.SeasonDate;
import org.matchwise.home.HomeViews.SharedNote;
import org.matchwise.home.HomeViews.StepKind;
import org.matchwise.text.MessageTemplates;

/**
 * The applicant's landing screen (issue 14 item 2), phone first: the verdict in words, the next three things to do
 * (each a link to the portal screen where it is done), notes the advisor shared, and the season's dates. One
 * column of cards that wrap, so every link is reachable at 390 px.
 */
@Route("my/home")
@RolesAllowed("APPLICANT")
public class ApplicantHomeView extends VerticalLayout implements HasDynamicTitle {

    final H2 greeting = new H2();
    final Paragraph verdict = new Paragraph();
    final UnorderedList next = new UnorderedList();
    final UnorderedList notes = new UnorderedList();
    final DescriptionList dates = new DescriptionList();
    /** The next steps' links, in order, for tests. */
    final List<Anchor> stepLinks = new ArrayList<>();

    ApplicantHomeView(HomeService service) {
        addClassName("mw-home");
        Optional<ApplicantHome> found = service.myHome();
        if (found.isEmpty()) {
            greeting.setText(getTranslation("home.applicant.title"));
            add(greeting, new Paragraph(getTranslation("home.applicant.noRecord")));
            return;
        }
        ApplicantHome home = found.get();
        MessageTemplates labels = MessageTemplates.labels(getLocale());
        greeting.setText(getTranslation("home.applicant.greeting", home.givenName()));

        var verdictCard = new Div();
        verdictCard.addClassName("mw-home-verdict");
        var v = new Span(labels.label(home.verdict()));
        verdict.add(new Span(getTranslation("home.applicant.verdict", String.valueOf(home.matchYear())) + " "));
        verdict.add(v);
        v.getElement().getStyle().set("font-weight", "600");
        var explain = new Paragraph(getTranslation("home.applicant.verdict." + home.verdict().name()));
        var why = new Anchor("my/readiness", getTranslation("home.applicant.why"));
        verdictCard.add(verdict, explain, why);

        next.addClassName("mw-home-list");
        next.getElement().setAttribute("aria-label", getTranslation("home.applicant.next"));
        if (home.next().isEmpty()) {
            next.add(new ListItem(getTranslation("home.applicant.next.none")));
        }
        for (NextStep step : home.next()) {
            next.add(step(step, home.today(), labels));
        }
        Component more = home.moreSteps() > 0
                ? new Anchor("my/plan", getTranslation("home.applicant.more", home.moreSteps()))
                : new Span();

        notes.addClassName("mw-home-list");
        if (home.notes().isEmpty()) {
            notes.add(new ListItem(getTranslation("home.applicant.notes.none")));
        }
        for (SharedNote n : home.notes()) {
            var item = new ListItem();
            item.addClassName("mw-home-card");
            var meta = new Span(getTranslation("home.applicant.notes.by", n.author(),
                    date(LocalDate.ofInstant(n.createdAt(), ZoneId.systemDefault()))));
            meta.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
            var text = new Paragraph(n.text());
            text.addClassName("mw-home-note");
            text.getStyle().set("margin", "0").set("width", "100%");
            item.add(meta, text);
            notes.add(item);
        }

        dates.addClassName("mw-home-dates");
        for (SeasonDate d : home.dates()) {
            String when = date(d.date()) + (d.date().isBefore(home.today()) ? " " + getTranslation("home.applicant.past") : "");
            dates.add(new DescriptionList.Term(getTranslation("home.applicant.date." + d.kind().name())),
                    new DescriptionList.Description(when));
        }
        var settings = new Anchor("settings/notifications", getTranslation("home.applicant.settings"));
        add(greeting, verdictCard, new H3(getTranslation("home.applicant.next")), next, more,
                new H3(getTranslation("home.applicant.notes")), notes,
                new H3(getTranslation("home.applicant.dates", String.valueOf(home.matchYear()))), dates, settings);
    }

    private Component step(NextStep step, LocalDate today, MessageTemplates labels) {
        var item = new ListItem();
        item.addClassName("mw-home-card");
        String detail = step.detail() == null ? "" : labels.label(step.detail());
        String subject = step.subject() == null ? "" : step.subject();
        var text = new Span(step.kind() == StepKind.SEASON ? subject
                : getTranslation("home.applicant.step." + step.kind().name()
                        + (step.kind() == StepKind.ACTION && step.detail() != null ? ".category" : ""),
                        subject, detail));
        text.getStyle().set("flex", "1 1 14rem");
        item.add(text);
        if (step.due() != null) {
            boolean overdue = step.due().isBefore(today);
            var due = new Span(getTranslation(overdue ? "home.applicant.overdue" : "home.applicant.due", date(step.due())));
            due.addClassName(overdue ? "mw-work-overdue" : "mw-work-upcoming");
            due.addClassName("mw-work-date");
            item.add(due);
        }
        var link = new Anchor(route(step), getTranslation("home.applicant.go." + step.kind().name()));
        stepLinks.add(link);
        item.add(link);
        return item;
    }

    private static String route(NextStep step) {
        return switch (step.kind()) {
            case ACTION -> "my/plan";
            case LETTER_REQUEST, LETTER_CHASE, STEP2 -> "my/progress";
            case EXPLANATION_WRITE, EXPLANATION_REVISE -> "my/explanations";
            case SEASON -> "my/readiness";
        };
    }

    private String date(LocalDate d) {
        return d == null ? "" : d.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.applicant.title");
    }
}
