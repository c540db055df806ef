package org.matchwise.casefile.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.Optional;
import org.matchwise.applicant.ApplicantViews.ChangeView;
import org.matchwise.applicant.ApplicantViews.HistoryView;

/**
 * The record's history in words: when (the office's time zone), who, which entry ("USMLE Step 1, 10 Jun 2019,
 * failed") and what changed ("Outcome: failed → passed"). Read when first shown, with the cycles' snapshots.
 */
final class HistorySection extends VerticalLayout {

    final Grid<ChangeView> historyGrid = new Grid<>();
    boolean historyLoaded;
    private final CaseContext c;
    private final CyclesSection cycles;

    HistorySection(CaseContext c, CyclesSection cycles) {
        this.c = c;
        this.cycles = cycles;
        CaseParts.sectionStyle(this);
        // fixed, wrapping columns for when, who and which entry, so what changed keeps most of a tablet's width
        historyGrid.addColumn(x -> c.instant(x.at())).setHeader(c.t("casefile.history.when")).setWidth("7em")
                .setFlexGrow(0);
        historyGrid.addColumn(x -> x.userName() == null ? c.t("casefile.history.system") : x.userName())
                .setHeader(c.t("casefile.history.who")).setWidth("6em").setFlexGrow(1);
        historyGrid.addColumn(this::historyItem).setHeader(c.t("casefile.history.item")).setWidth("8em").setFlexGrow(1);
        historyGrid.addColumn(x -> String.join("; ", x.words())).setHeader(c.t("casefile.history.what")).setWidth("14em")
                .setFlexGrow(4);
        CaseParts.gridStyle(historyGrid);
        historyGrid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
    }

    /** Forgets what was read: the next time the section (or the cycles) is shown it reads the history again. */
    void reset() {
        historyLoaded = false;
        removeAll();
        add(new Paragraph(c.t("casefile.history.loading")));
    }

    void loadHistory() {
        if (historyLoaded || c.file() == null) {
            return;
        }
        historyLoaded = true;
        Optional<HistoryView> view = c.cases().history(c.id());
        removeAll();
        if (view.isEmpty()) {
            add(new Paragraph(c.t("casefile.notFound.text")));
            return;
        }
        List<ChangeView> changes = view.get().changes().reversed();
        historyGrid.setItems(changes);
        add(changes.isEmpty() ? new Paragraph(c.t("casefile.history.empty")) : historyGrid);
        cycles.snapshotGrid.setItems(view.get().snapshots());
    }

    /** The entry in words and what happened to it: "USMLE Step 1, 10 Jun 2019, failed: changed", or "... verified by Dana". */
    String historyItem(ChangeView x) {
        String who = x.userName() == null ? c.t("casefile.history.system") : x.userName();
        return c.t("casefile.history.entry." + x.kind(), x.entry(), who);
    }
}
