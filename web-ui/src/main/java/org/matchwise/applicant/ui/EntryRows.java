package org.matchwise.applicant.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.List;
import org.matchwise.applicant.ui.EntryEditor.Entry;

/**
 * How an {@link EntryEditor} shows its entries: a grid on wide screens and the same entries as cards on a phone (CSS
 * swaps them below 600 px), each with its verification state and the actions the editor's role allows (Edit and
 * Remove, or the applicant's "Request a correction"), plus the dialog that asks before a removal. What the actions
 * do is the editor's; this part only shows and offers them.
 *
 * @param <R> the core record of an entry
 */
final class EntryRows<R> {

    final Grid<Entry<R>> grid = new Grid<>();
    /** The same entries as cards, shown instead of the grid on a phone. */
    final Div cards = new Div();
    final Paragraph empty = new Paragraph();
    final ConfirmDialog confirmRemove = new ConfirmDialog();
    /** The dialog's Cancel, the safe choice, which has the focus when it opens. */
    final Button confirmCancel = new Button();

    private final EntryEditor<R, ?> editor;

    EntryRows(EntryEditor<R, ?> editor, String emptyText) {
        this.editor = editor;
        grid.setAllRowsVisible(true);
        grid.setWidthFull();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addClassName("mw-entry-grid");
        cards.addClassName("mw-entry-cards");
        cards.getElement().setAttribute("role", "list");
        empty.setText(emptyText);

        confirmRemove.setCancelable(true);
        confirmCancel.setText(t("casefile.entry.cancel"));
        confirmCancel.addClickListener(e -> confirmRemove.close());
        confirmCancel.setAutofocus(true);
        confirmRemove.setCancelButton(confirmCancel);
        confirmRemove.setConfirmText(t("casefile.entry.remove"));
        confirmRemove.setConfirmButtonTheme("error primary");
    }

    /** The columns after the entry's own: its verification state and its actions. */
    void addStateColumns() {
        grid.addComponentColumn(this::verification).setHeader(t("casefile.verification")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(this::actions).setHeader(t("casefile.actions")).setAutoWidth(true).setFlexGrow(0);
    }

    /** Shows {@code rows} in the grid and as cards, or the empty text when there are none. */
    void show(List<Entry<R>> rows) {
        grid.setItems(rows);
        grid.setVisible(!rows.isEmpty());
        cards.removeAll();
        rows.forEach(r -> cards.add(card(r)));
        cards.setVisible(!rows.isEmpty());
        empty.setVisible(rows.isEmpty());
    }

    /** Opens the dialog that asks before removing the entry worded {@code words}; Cancel has the focus. */
    void askRemove(String words) {
        confirmRemove.setHeader(t("casefile.entry.removeTitle", words));
        confirmRemove.setText(t("casefile.entry.removeText"));
        confirmRemove.open();
    }

    private String t(String key, Object... args) {
        return editor.getTranslation(key, args);
    }

    /** Verified, or awaiting verification (with the advisor's one-click Verify). */
    private Component verification(Entry<R> e) {
        if (!e.unverified()) {
            var ok = new Span(t("casefile.verified"));
            ok.addClassName("mw-verified");
            return ok;
        }
        var mark = new Span(t("casefile.unverified"));
        mark.addClassNames("mw-badge", "mw-unverified");
        if (editor.role != EditorRole.ADVISOR) {
            return mark;
        }
        var box = new HorizontalLayout(mark, editor.host.verifyControl(e.ref()));
        box.setSpacing(false);
        box.addClassName("mw-verify-box");
        return box;
    }

    private Component actions(Entry<R> entry) {
        String label = editor.host.words(entry.ref());
        if (!editor.mayChange(entry.ref())) {
            var correct = new Button(t("entries.correction.button"), VaadinIcon.COMMENT_ELLIPSIS_O.create(),
                    e -> editor.edit(entry.index()));
            correct.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            correct.addClassName("mw-correct");
            correct.setAriaLabel(t("entries.correction.buttonFor", label));
            return correct;
        }
        // icons keep the column narrow at tablet width; the accessible name and the tooltip say what and which entry
        var edit = new Button(VaadinIcon.EDIT.create(), e -> editor.edit(entry.index()));
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        edit.addClassName("mw-edit");
        edit.setAriaLabel(t("casefile.entry.editFor", label));
        edit.setTooltipText(t("casefile.entry.editFor", label));
        var remove = new Button(VaadinIcon.TRASH.create(), e -> editor.askRemove(entry.index()));
        remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        remove.addClassName("mw-remove");
        remove.setAriaLabel(t("casefile.entry.removeFor", label));
        remove.setTooltipText(t("casefile.entry.removeFor", label));
        var box = new HorizontalLayout(edit, remove);
        box.setSpacing(false);
        box.addClassName("mw-row-actions");
        return box;
    }

    /** An entry as a card for narrow screens: its words, its state and its actions, all reachable at 390 px. */
    private Component card(Entry<R> entry) {
        var card = new Div();
        card.addClassName("mw-entry-card");
        card.getElement().setAttribute("role", "listitem");
        var words = new Span(editor.host.words(entry.ref()));
        words.addClassName("mw-entry-card-words");
        var actions = new Div(verification(entry), actions(entry));
        actions.addClassName("mw-entry-card-actions");
        card.add(words, actions);
        return card;
    }
}
