package org.matchwise.casefile.ui;

import static org.matchwise.casefile.ui.CaseParts.badge;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.matchwise.applicant.ApplicantProfile;
import org.matchwise.flags.FlagStatus;
import org.matchwise.applicant.ApplicantViews.FlagView;
import org.matchwise.applicant.ClinicalExperience;
import org.matchwise.applicant.ExamAttempt;
import org.matchwise.applicant.TimelineEntry;
import org.matchwise.applicant.ui.TimelineEditor;
import org.matchwise.flags.RuleId;

/** Education, exams, clinical experience and leaves in date order, the gap rule's finding, and the timeline's editor. */
final class TimelineSection extends VerticalLayout {

    private record Item(LocalDate start, LocalDate end, String kind, String text, String ref, boolean unverified,
            boolean leave) {
    }

    final UnorderedList timelineList = new UnorderedList();
    final Div gaps = new Div();
    final TimelineEditor editor;
    private final CaseContext c;

    TimelineSection(CaseContext c, TimelineEditor editor) {
        this.c = c;
        this.editor = editor;
        CaseParts.sectionStyle(this);
    }

    void render() {
        removeAll();
        ApplicantProfile p = c.file().record().profile();
        List<String> unverified = c.file().record().unverified();
        List<Item> items = new ArrayList<>();
        if (p.matriculationDate() != null) {
            items.add(new Item(p.matriculationDate(), p.graduationDate(), c.t("casefile.timeline.medicalSchool"),
                    p.medicalSchool() == null ? "" : p.medicalSchool().name(), null, false, false));
        }
        for (int i = 0; i < p.timeline().size(); i++) {
            TimelineEntry te = p.timeline().get(i);
            String text = (te.title() == null ? "" : te.title()) + (te.reason() == null ? "" : " (" + c.label(te.reason()) + ")");
            String ref = "timeline[" + i + "]";
            items.add(new Item(te.start(), te.end(), c.label(te.kind()), text, ref, unverified.contains(ref), te.isLeave()));
        }
        for (int i = 0; i < p.exams().size(); i++) {
            ExamAttempt a = p.exams().get(i);
            String ref = "exams[" + i + "]";
            items.add(new Item(a.date(), null, c.t("casefile.timeline.exam"), c.label(a.exam()) + ": "
                    + c.label(a.outcome()) + (a.score() == null ? "" : " " + a.score()), ref, unverified.contains(ref), false));
        }
        for (int i = 0; i < p.clinicalExperiences().size(); i++) {
            ClinicalExperience e = p.clinicalExperiences().get(i);
            String ref = "clinicalExperiences[" + i + "]";
            items.add(new Item(e.start(), e.end(), e.us() ? c.t("casefile.timeline.usce") : c.t("casefile.timeline.clinical"),
                    c.label(e.kind()) + ", " + c.label(e.specialty()) + (e.institution() == null ? "" : ", " + e.institution()),
                    ref, unverified.contains(ref), false));
        }
        items.sort(Comparator.comparing(Item::start));

        gaps.removeAll();
        gaps.addClassName("mw-gaps");
        Optional<FlagView> gapFlag = c.file().flags().stream()
                .filter(f -> f.rule() == RuleId.R5 && f.state() != FlagStatus.CLOSED).findFirst();
        gaps.add(new H3(c.t("casefile.timeline.gaps")));
        gaps.add(gapFlag.<Component>map(f -> new Paragraph(f.message()))
                .orElseGet(() -> new Paragraph(c.t("casefile.timeline.noGaps"))));

        timelineList.removeAll();
        timelineList.addClassName("mw-timeline");
        for (Item item : items) {
            var li = new ListItem();
            li.addClassName(item.leave() ? "mw-timeline-leave" : "mw-timeline-item");
            // an exam is a day; a stretch without an end is ongoing
            boolean day = item.ref() != null && item.ref().startsWith("exams[");
            var when = new Span(day ? c.date(item.start())
                    : c.date(item.start()) + " – " + (item.end() == null ? c.t("casefile.ongoing") : c.date(item.end())));
            when.addClassName("mw-when");
            li.add(when, badge(item.kind(), "mw-kind"), new Span(item.text()));
            if (item.unverified()) {
                li.add(badge(c.t("casefile.unverified"), "mw-unverified"));
            }
            timelineList.add(li);
        }
        add(gaps, new H3(c.t("casefile.timeline.entries")),
                items.isEmpty() ? new Paragraph(c.t("casefile.timeline.empty")) : timelineList,
                new H3(c.t("casefile.timeline.list")), editor);
    }
}
