package org.matchwise.portal.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;
import org.matchwise.assessment.Assessment;
import org.matchwise.portal.PortalService;
import org.matchwise.readiness.ChecklistItem;
import org.matchwise.readiness.Readiness;
import org.matchwise.readiness.Reason;
import org.matchwise.readiness.Verdict;

/**
 * "My readiness": the verdict for this season in plain language, the reasons behind it and the checklist
 * before certifying ERAS, with the disclaimer that this is advice and not a prediction. The assessment comes
 * redacted (no professionalism details); advisors' notes are not part of it.
 */
@Route("my/readiness")
@RolesAllowed("APPLICANT")
@Menu(title = "portal.nav.readiness", order = 13, icon = "vaadin:check-square-o")
public class MyReadinessView extends VerticalLayout implements HasDynamicTitle {

    final Span verdict = new Span();
    final UnorderedList reasons = new UnorderedList();
    final UnorderedList checklist = new UnorderedList();
    final Paragraph disclaimer = new Paragraph();

    MyReadinessView(PortalService portal) {
        setMaxWidth("900px");
        add(new H2(getTranslation("portal.readiness.title")));
        Optional<Assessment> assessment = portal.myAssessment();
        if (assessment.isEmpty()) {
            add(new NoRecord());
            return;
        }
        Readiness r = assessment.get().readiness();
        verdict.setText(getTranslation("portal.readiness.verdict." + r.verdict().name(), String.valueOf(assessment.get().matchYear())));
        verdict.getElement().getThemeList().add(switch (r.verdict()) {
            case READY -> "badge success";
            case READY_WITH_RISKS -> "badge";
            case NOT_READY -> "badge error";
        });
        verdict.getStyle().set("font-size", "var(--lumo-font-size-l)");
        var meaning = new Paragraph(getTranslation("portal.readiness.meaning." + r.verdict().name()));
        add(verdict, meaning);

        add(new H3(getTranslation("portal.readiness.reasons")));
        if (r.reasons().isEmpty()) {
            add(new Paragraph(getTranslation("portal.readiness.noReasons")));
        }
        for (Reason reason : r.reasons()) {
            ListItem li = new ListItem(reason.text());
            if (reason.blocking()) {
                Span b = new Span(getTranslation("portal.readiness.blocking"));
                b.getElement().getThemeList().add("badge error small");
                li.addComponentAsFirst(b);
                b.getStyle().set("margin-inline-end", "var(--lumo-space-s)");
            }
            reasons.add(li);
        }
        add(reasons);

        if (r.season() == org.matchwise.readiness.SeasonPhase.PREPARING) {
            add(new H3(getTranslation("portal.readiness.checklist")));
            add(new Paragraph(getTranslation("portal.readiness.checklist.help")));
        } else {
            add(new H3(org.matchwise.text.MessageTemplates.labels(getLocale()).label(r.season())));
        }
        if (r.checklist().isEmpty()) {
            add(new Paragraph(getTranslation("portal.readiness.checklist.empty")));
        }
        for (ChecklistItem item : r.checklist()) {
            checklist.add(new ListItem(item.text()));
        }
        add(checklist);

        disclaimer.setText(r.disclaimer());
        disclaimer.getStyle().set("font-style", "italic");
        add(new H3(getTranslation("portal.readiness.disclaimer")), disclaimer);
        if (r.verdict() == Verdict.NOT_READY) {
            add(new Paragraph(getTranslation("portal.readiness.talk")));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("portal.readiness.title");
    }
}
