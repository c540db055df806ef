package org.matchwise.casefile.ui;

import static org.matchwise.casefile.ui.CaseParts.badge;
import static org.matchwise.casefile.ui.CaseParts.fact;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Locale;
import org.matchwise.applicant.ApplicantProfile;
import org.matchwise.applicant.ApplicantViews.ApplicantRecord;
import org.matchwise.readiness.ChecklistItem;
import org.matchwise.readiness.Readiness;
import org.matchwise.readiness.Reason;
import org.matchwise.readiness.SeasonPhase;
import org.matchwise.reportexport.ReportService;
import org.matchwise.reportexport.ui.ReportDownloads;

/** The case's overview: facts, reports, the verdict with its reasons (rule, severity, evidence), the checklist, and what awaits verification. */
final class OverviewSection extends VerticalLayout {

    final Paragraph disclaimer = new Paragraph();
    final UnorderedList reasonList = new UnorderedList();
    final UnorderedList checklist = new UnorderedList();
    private final CaseContext c;
    private final ReportService reports;

    OverviewSection(CaseContext c, ReportService reports) {
        this.c = c;
        this.reports = reports;
        CaseParts.sectionStyle(this);
    }

    void render() {
        removeAll();
        Readiness r = c.file().assessment().readiness();
        ApplicantRecord rec = c.file().record();
        ApplicantProfile p = rec.profile();

        var facts = new Div();
        facts.addClassName("mw-facts");
        facts.add(fact(c.t("casefile.overview.matchYear"), String.valueOf(p.matchYear())),
                fact(c.t("casefile.overview.type"), p.applicantType() == null ? "" : c.label(p.applicantType())),
                fact(c.t("casefile.overview.targets"), String.join(", ", p.targetSpecialties().stream().map(c::label).toList())),
                fact(c.t("casefile.overview.school"), p.medicalSchool() == null ? "" : p.medicalSchool().name()
                        + (p.medicalSchool().country() == null ? "" : " (" + p.medicalSchool().country() + ")")),
                fact(c.t("casefile.overview.ruleSet"), String.valueOf(c.file().assessment().ruleSet().version())));

        var verdict = new H3(c.t("casefile.overview.verdict", c.label(r.verdict())));
        disclaimer.setText(c.t("casefile.disclaimer"));
        disclaimer.addClassName("mw-disclaimer");

        reasonList.removeAll();
        for (Reason reason : r.reasons()) {
            var item = new ListItem();
            item.addClassName("mw-reason");
            if (reason.rule() != null) {
                item.add(badge(reason.rule().name(), "mw-rule"));
            }
            if (reason.severity() != null) {
                item.add(badge(c.label(reason.severity()), "mw-sev-" + reason.severity().name().toLowerCase(Locale.ROOT)));
            }
            if (reason.blocking()) {
                item.add(badge(c.t("casefile.overview.blocking"), "mw-blocking"));
            }
            item.add(new Span(reason.text()));
            if (!reason.evidence().isEmpty()) {
                item.add(c.evidenceLine(reason.evidence()));
            }
            reasonList.add(item);
        }
        checklist.removeAll();
        for (ChecklistItem item : r.checklist()) {
            var li = new ListItem(new Span(item.text()));
            if (!item.evidence().isEmpty()) {
                li.add(c.evidenceLine(item.evidence()));
            }
            checklist.add(li);
        }

        add(facts, new ReportDownloads(reports, rec.id()), verdict, disclaimer, new H3(c.t("casefile.overview.reasons")),
                r.reasons().isEmpty() ? new Paragraph(c.t("casefile.overview.noReasons")) : reasonList,
                new H3(r.season() == SeasonPhase.PREPARING ? c.t("casefile.overview.checklist") : c.label(r.season())),
                r.checklist().isEmpty() ? new Paragraph(c.t("casefile.overview.checklistDone")) : checklist);

        add(new H3(c.t("casefile.overview.unverified")));
        if (rec.unverified().isEmpty()) {
            add(new Paragraph(c.t("casefile.overview.allVerified")));
        } else {
            var list = new UnorderedList();
            for (String ref : rec.unverified()) {
                var item = new ListItem(new Span(c.refLabel(ref)));
                item.add(c.verifyButton(ref));
                list.add(item);
            }
            add(list);
        }
    }
}
