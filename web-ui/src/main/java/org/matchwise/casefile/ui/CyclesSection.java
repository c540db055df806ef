package org.matchwise.casefile.ui;

import static org.matchwise.casefile.ui.CaseParts.badge;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import org.matchwise.applicant.ApplicantViews.SnapshotView;
import org.matchwise.applicant.Cycle;
import org.matchwise.readiness.CycleComparison;
import org.matchwise.readiness.Verdict;

/** Application cycles, what changed since the last unmatched one, and the frozen snapshots (read with the history). */
final class CyclesSection extends VerticalLayout {

    final Grid<Cycle> cycleGrid = new Grid<>();
    final Div comparison = new Div();
    final Grid<SnapshotView> snapshotGrid = new Grid<>();
    private final CaseContext c;

    CyclesSection(CaseContext c) {
        this.c = c;
        CaseParts.sectionStyle(this);
        cycleGrid.addColumn(Cycle::matchYear).setHeader(c.t("casefile.cycles.matchYear")).setAutoWidth(true);
        cycleGrid.addColumn(x -> c.label(x.outcome())).setHeader(c.t("casefile.cycles.outcome")).setAutoWidth(true);
        cycleGrid.addColumn(Cycle::programsApplied).setHeader(c.t("casefile.cycles.programs")).setAutoWidth(true);
        cycleGrid.addColumn(x -> x.feedback() == null ? "" : x.feedback()).setHeader(c.t("casefile.cycles.feedback"))
                .setFlexGrow(3);
        CaseParts.gridStyle(cycleGrid);
        snapshotGrid.addColumn(SnapshotView::matchYear).setHeader(c.t("casefile.cycles.matchYear")).setAutoWidth(true);
        snapshotGrid.addColumn(s -> c.t("casefile.snapshot." + s.kind())).setHeader(c.t("casefile.cycles.snapshotKind"))
                .setAutoWidth(true);
        snapshotGrid.addColumn(s -> c.instant(s.takenAt())).setHeader(c.t("casefile.history.when")).setAutoWidth(true);
        snapshotGrid.addColumn(s -> s.verdict() == null ? "" : c.label(Verdict.valueOf(s.verdict())))
                .setHeader(c.t("casefile.cycles.verdict")).setAutoWidth(true);
        snapshotGrid.addColumn(s -> s.comparison() == null ? "" : c.t("casefile.cycles.snapshotChanges",
                s.comparison().newClinicalExperiences().size(), s.comparison().newLetters().size(),
                s.comparison().newExamResults().size())).setHeader(c.t("casefile.cycles.comparison")).setFlexGrow(2);
        CaseParts.gridStyle(snapshotGrid);
    }

    void render() {
        removeAll();
        cycleGrid.setItems(c.file().record().profile().cycles());
        comparison.removeAll();
        CycleComparison cmp = c.file().assessment().readiness().cycleComparison();
        if (cmp == null) {
            comparison.add(new Paragraph(c.t("casefile.cycles.firstCycle")));
        } else {
            comparison.add(new Paragraph(c.t("casefile.cycles.since", cmp.lastUnmatchedMatchYear(), c.date(cmp.since()))));
            comparison.add(new UnorderedList(
                    new ListItem(c.t("casefile.cycles.handsOn", String.format(getLocale(), "%.1f", cmp.newUsHandsOnMonths()))),
                    new ListItem(c.t("casefile.cycles.newClinical", cmp.newClinicalExperiences().size())),
                    new ListItem(c.t("casefile.cycles.newLetters", cmp.newLetters().size())),
                    new ListItem(c.t("casefile.cycles.newExams", cmp.newExamResults().size())),
                    new ListItem(c.t("casefile.cycles.newResearch", cmp.newResearch().size())),
                    new ListItem(c.t("casefile.cycles.newTimeline", cmp.newTimelineEntries().size()))));
            if (cmp.nothingChanged()) {
                comparison.add(badge(c.t("casefile.cycles.nothingChanged"), "mw-blocking"));
            }
        }
        add(new H3(c.t("casefile.cycles.list")),
                c.file().record().profile().cycles().isEmpty() ? new Paragraph(c.t("casefile.cycles.empty")) : cycleGrid,
                new H3(c.t("casefile.cycles.comparison")), comparison, new H3(c.t("casefile.cycles.snapshots")),
                snapshotGrid);
        snapshotGrid.setItems(List.of());
    }
}
