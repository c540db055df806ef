package org.matchwise.applicant.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.matchwise.applicant.ApplicantProfile;
import org.matchwise.applicant.ApplicantViews.ApplicantRecord;
import org.matchwise.applicant.CorrectionService;
import org.matchwise.applicant.EntryRequestKind;

/**
 * One list of an applicant's record (exam attempts, practice scores, clinical experiences, letters, timeline
 * entries), edited the same way by the advisor (case view) and the applicant ("My progress"); {@link EditorRole}
 * decides what each may do. The entries show as a grid, and as cards on a phone (CSS swaps them below 600 px); each
 * has its verification state and its actions. A form below adds an entry or, after Edit, changes one; it binds a form
 * record ({@link EntryForms}) and hands the whole edited profile to the {@link EntryHost}, which stores it against
 * the version it read, so a stale save changes nothing and what was typed stays in the form.
 *
 * <p>The applicant changes and removes only entries no advisor verified yet; for the others the same form, with a
 * reason, asks the advisor for a correction. Removing asks first, with Cancel focused.
 *
 * @param <R> the core record of an entry
 * @param <F> the form record the form binds
 */
public abstract class EntryEditor<R, F> extends Div {

    /** One entry with its reference ("exams[2]") and whether an advisor still has to verify it. */
    public record Entry<R>(int index, String ref, R value, boolean unverified) {
    }

    public final EditorRole role;
    public final EntryHost host;
    public final String section;
    public final Grid<Entry<R>> grid = new Grid<>();
    /** The same entries as cards, shown instead of the grid on a phone. */
    public final Div cards = new Div();
    public final Paragraph empty = new Paragraph();
    public final Div form = new Div();
    public final H3 formTitle = new H3();
    public final FormLayout fields = new FormLayout();
    public final Paragraph formNote = new Paragraph();
    public final Span formError = new Span();
    public final Binder<F> binder;
    public final Button save = new Button();
    public final Button cancel = new Button();
    /** APPLICANT, asking for a correction: why the entry is wrong, and whether it should go altogether. */
    public final TextArea reason = new TextArea();
    public final Checkbox removeInstead = new Checkbox();
    public final ConfirmDialog confirmRemove = new ConfirmDialog();
    /** The dialog's Cancel, the safe choice, which has the focus when it opens. */
    public final Button confirmCancel = new Button();

    private final ProfileList<R> profileList;
    private final FormMapping<R, F> forms;
    private final String key;
    /** The entry being edited or corrected (its index and its value when opened), or null while the form adds. */
    public Integer editing;
    private R editingWas;
    private boolean correcting;
    private Integer removing;
    private R removingWas;

    /**
     * @param list     the record's list the editor edits ("exams")
     * @param forms    how the form record is filled from an entry and back
     * @param key      the message key prefix of the form's texts ("casefile.exams": .add, .save)
     * @param emptyKey the message key of the text shown while the list is empty
     */
    protected EntryEditor(EditorRole role, EntryHost host, ProfileList<R> list, FormMapping<R, F> forms, String key,
            String emptyKey) {
        this.role = role;
        this.host = host;
        this.profileList = list;
        this.forms = forms;
        this.section = list.section();
        this.key = key;
        this.binder = new Binder<>(forms.formClass());
        addClassNames("mw-entries", role == EditorRole.ADVISOR ? "mw-entries-advisor" : "mw-entries-applicant");
        setWidthFull();

        columns(grid);
        grid.addComponentColumn(this::verification).setHeader(t("casefile.verification")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(this::rowActions).setHeader(t("casefile.actions")).setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
        grid.setWidthFull();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addClassName("mw-entry-grid");
        cards.addClassName("mw-entry-cards");
        cards.getElement().setAttribute("role", "list");
        empty.setText(t(emptyKey));

        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2),
                new FormLayout.ResponsiveStep("52em", 4));
        buildForm(fields, binder);
        formNote.addClassName("mw-form-note");
        formNote.setVisible(false);
        formError.addClassName("mw-form-error");
        formError.getElement().setAttribute("role", "alert");
        reason.setLabel(t("entries.correction.reason"));
        reason.setHelperText(t("entries.correction.reasonHelp"));
        reason.setMaxLength(2000);
        reason.setWidthFull();
        removeInstead.setLabel(t("entries.correction.remove"));
        removeInstead.addValueChangeListener(e -> fields.setEnabled(!e.getValue()));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        cancel.setText(t("casefile.entry.cancel"));
        cancel.addClickListener(e -> cancelEdit());
        var buttons = new HorizontalLayout(save, cancel);
        buttons.setSpacing(true);
        form.addClassName("mw-form");
        form.add(formTitle, formNote, fields, removeInstead, reason, formError, buttons);

        confirmRemove.setCancelable(true);
        confirmCancel.setText(t("casefile.entry.cancel"));
        confirmCancel.addClickListener(e -> confirmRemove.close());
        confirmCancel.setAutofocus(true);
        confirmRemove.setCancelButton(confirmCancel);
        confirmRemove.setConfirmText(t("casefile.entry.remove"));
        confirmRemove.setConfirmButtonTheme("error primary");
        confirmRemove.addConfirmListener(e -> remove());
        add(empty, grid, cards, form, confirmRemove);
        addMode();
        binder.readRecord(forms.empty());
    }

    /** The grid's columns for the entry itself; verification and actions follow. */
    protected abstract void columns(Grid<Entry<R>> grid);

    /** The form's fields, added to {@code fields} and bound with {@code binder}. */
    protected abstract void buildForm(FormLayout fields, Binder<F> binder);

    /** The profile after entry {@code index} was removed, for lists that point into this one (letters to experiences). */
    protected ApplicantProfile afterRemoval(ApplicantProfile profile, int index) {
        return profile;
    }

    /** Called after the form was filled, e.g. to refresh a hint. */
    protected void opened() {
    }

    protected final boolean advisor() {
        return role == EditorRole.ADVISOR;
    }

    protected final String t(String key, Object... args) {
        return getTranslation(key, args);
    }

    /** Whether the user may change and remove entry {@code ref} themself (else: request a correction). */
    public boolean mayChange(String ref) {
        return advisor() || CorrectionService.applicantMayChange(host.record(), ref);
    }

    /** The entries of the record just (re)read; an edit whose entry changed meanwhile is given up, with a message. */
    public void show(ApplicantRecord record) {
        List<R> values = profileList.in(record.profile());
        List<Entry<R>> rows = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            rows.add(new Entry<>(i, ref(i), values.get(i), record.unverified().contains(ref(i))));
        }
        grid.setItems(rows);
        grid.setVisible(!rows.isEmpty());
        cards.removeAll();
        rows.forEach(r -> cards.add(card(r)));
        cards.setVisible(!rows.isEmpty());
        empty.setVisible(rows.isEmpty());
        if (editing != null) {
            if (editing >= values.size() || !Objects.equals(values.get(editing), editingWas)) {
                addMode();
                formError.setText(t("casefile.entry.changedMeanwhile"));
            } else {
                showVerificationNote(record);
            }
        }
    }

    /** Opens entry {@code index} in the form: to change it, or (applicant, verified entry) to ask for a correction. */
    public void edit(int index) {
        ApplicantProfile profile = host.record().profile();
        editing = index;
        editingWas = profileList.in(profile).get(index);
        correcting = !mayChange(ref(index));
        binder.readRecord(forms.formOf(editingWas));
        String words = host.words(ref(index));
        formTitle.setText(correcting ? t("entries.correction.title", words) : t("casefile.entry.editTitle", words));
        save.setText(correcting ? t("entries.correction.send") : t("casefile.entry.saveChanges"));
        cancel.setVisible(true);
        reason.clear();
        reason.setInvalid(false);
        reason.setVisible(correcting);
        removeInstead.setValue(false);
        removeInstead.setVisible(correcting);
        formError.setText("");
        showVerificationNote(host.record());
        opened();
        fields.getChildren().findFirst().ifPresent(c -> c.getElement().callJsFunction("focus"));
    }

    /** Back to adding, with an empty form. */
    public void cancelEdit() {
        addMode();
        binder.readRecord(forms.empty());
        clearInvalid();
    }

    public void save() {
        if (correcting) {
            sendCorrection();
            return;
        }
        F values;
        try {
            values = binder.writeRecord();
        } catch (ValidationException e) {
            formError.setText(t("casefile.entry.invalid"));
            return;
        }
        ApplicantProfile profile = host.record().profile();
        List<R> list = new ArrayList<>(profileList.in(profile));
        R value;
        try {
            value = forms.entryOf(values, editing == null ? null : editingWas);
        } catch (IllegalArgumentException e) {
            formError.setText(t("casefile.entry.rejected", e.getMessage()));
            return;
        }
        if (editing != null && value.equals(editingWas)) {
            host.notify(t("casefile.entry.unchanged"));
            cancelEdit();
            return;
        }
        if (editing == null) {
            list.add(value);
        } else {
            list.set(editing, value);
        }
        formError.setText("");
        if (host.save(profileList.replaced(profile, list), t("casefile.saved"))) {
            cancelEdit();
        }
    }

    private void sendCorrection() {
        if (reason.getValue().isBlank()) {
            reason.setErrorMessage(t("records.refused.reasonMissing"));
            reason.setInvalid(true);
            return;
        }
        Object proposed = null;
        if (!removeInstead.getValue()) {
            try {
                proposed = forms.entryOf(binder.writeRecord(), editingWas);
            } catch (ValidationException e) {
                formError.setText(t("casefile.entry.invalid"));
                return;
            } catch (IllegalArgumentException e) {
                formError.setText(t("casefile.entry.rejected", e.getMessage()));
                return;
            }
        }
        String refused = host.requestCorrection(ref(editing), removeInstead.getValue() ? EntryRequestKind.REMOVE
                : EntryRequestKind.CHANGE, reason.getValue(), proposed);
        if (refused != null) {
            formError.setText(refused);
            return;
        }
        host.notify(t("entries.correction.sent"));
        cancelEdit();
    }

    /** Asks before removing entry {@code index}; Cancel has the focus. */
    public void askRemove(int index) {
        removing = index;
        removingWas = profileList.in(host.record().profile()).get(index);
        confirmRemove.setHeader(t("casefile.entry.removeTitle", host.words(ref(index))));
        confirmRemove.setText(t("casefile.entry.removeText"));
        confirmRemove.open();
    }

    private void remove() {
        if (removing == null) {
            return;
        }
        int index = removing;
        removing = null;
        ApplicantProfile profile = host.record().profile();
        List<R> list = new ArrayList<>(profileList.in(profile));
        if (index >= list.size() || !Objects.equals(list.get(index), removingWas)) {
            host.notify(t("casefile.entry.changedMeanwhile"));
            return;
        }
        String label = host.words(ref(index));
        list.remove(index);
        if (editing != null && editing == index) {
            cancelEdit();
        } else if (editing != null && editing > index) {
            editing = editing - 1; // the entry being edited moves up by one
        }
        host.save(afterRemoval(profileList.replaced(profile, list), index), t("casefile.entry.removed", label));
    }

    public String ref(int index) {
        return section + "[" + index + "]";
    }

    private void addMode() {
        editing = null;
        editingWas = null;
        correcting = false;
        formTitle.setText(t(key + ".add"));
        save.setText(t(key + ".save"));
        cancel.setVisible(false);
        formNote.setVisible(false);
        reason.setVisible(false);
        removeInstead.setVisible(false);
        removeInstead.setValue(false);
        fields.setEnabled(true);
        formError.setText("");
    }

    private void showVerificationNote(ApplicantRecord record) {
        boolean unverified = advisor() && editing != null && record.unverified().contains(ref(editing));
        String note = correcting ? t("entries.correction.note") : unverified ? t("casefile.entry.verifiesOnSave") : "";
        formNote.setText(note);
        formNote.setVisible(!note.isEmpty());
    }

    private void clearInvalid() {
        fields.getChildren().forEach(c -> {
            if (c instanceof com.vaadin.flow.component.HasValidation v) {
                v.setInvalid(false);
            }
        });
        reason.setInvalid(false);
        formError.setText("");
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
        if (!advisor()) {
            return mark;
        }
        var box = new HorizontalLayout(mark, host.verifyControl(e.ref()));
        box.setSpacing(false);
        box.addClassName("mw-verify-box");
        return box;
    }

    private Component rowActions(Entry<R> entry) {
        String label = host.words(entry.ref());
        if (!mayChange(entry.ref())) {
            var correct = new Button(t("entries.correction.button"), VaadinIcon.COMMENT_ELLIPSIS_O.create(),
                    e -> edit(entry.index()));
            correct.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            correct.addClassName("mw-correct");
            correct.setAriaLabel(t("entries.correction.buttonFor", label));
            return correct;
        }
        // icons keep the column narrow at tablet width; the accessible name and the tooltip say what and which entry
        var edit = new Button(VaadinIcon.EDIT.create(), e -> edit(entry.index()));
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        edit.addClassName("mw-edit");
        edit.setAriaLabel(t("casefile.entry.editFor", label));
        edit.setTooltipText(t("casefile.entry.editFor", label));
        var remove = new Button(VaadinIcon.TRASH.create(), e -> askRemove(entry.index()));
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
        var words = new Span(host.words(entry.ref()));
        words.addClassName("mw-entry-card-words");
        var actions = new Div(verification(entry), rowActions(entry));
        actions.addClassName("mw-entry-card-actions");
        card.add(words, actions);
        return card;
    }
}
