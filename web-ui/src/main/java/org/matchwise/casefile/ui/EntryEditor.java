package org.matchwise.casefile.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.matchwise.applicant.ApplicantProfile;
import org.matchwise.applicant.ApplicantViews.ApplicantRecord;
import org.matchwise.applicant.SaveResult;
import org.matchwise.applicant.ui.FormMapping;
import org.matchwise.applicant.ui.ProfileList;
import org.matchwise.casefile.ui.CaseView.Entry;

/**
 * One list of the applicant's record in the case view (exam attempts, practice scores, clinical experiences,
 * letters, timeline entries): a grid with each entry's verification state, Edit and Remove, and a form below it
 * that adds an entry or, after Edit, changes one. The form binds a form record ({@link CaseForms}); saving hands
 * the whole edited profile to the case view, which stores it against the version read when the case was opened,
 * so a stale save shows "changed by someone else" with Reload and what was typed stays in the form.
 *
 * <p>An advisor's change counts as entered by them: the service stores a changed or added entry as verified by
 * the advisor, like any entry an advisor enters; entries left unchanged keep their state, also when an entry
 * before them is removed.
 *
 * @param <R> the core record of an entry
 * @param <F> the form record the form binds
 */
abstract class EntryEditor<R, F> extends Div {

    final CaseView host;
    final String section;
    private final ProfileList<R> profileList;
    private final FormMapping<R, F> forms;
    final Grid<Entry<R>> grid = new Grid<>();
    final Paragraph empty = new Paragraph();
    final Div form = new Div();
    final H3 formTitle = new H3();
    final FormLayout fields = new FormLayout();
    final Paragraph formNote = new Paragraph();
    final Span formError = new Span();
    final Binder<F> binder;
    final Button save = new Button();
    final Button cancel = new Button();
    final ConfirmDialog confirmRemove = new ConfirmDialog();

    private final String key;
    /** The entry being edited (its index and its value when Edit was pressed), or null while the form adds. */
    Integer editing;
    private R editingWas;
    private Integer removing;
    private R removingWas;

    /**
     * @param list     the record's list the editor edits ("exams")
     * @param forms    how the form record is filled from an entry and back
     * @param key      the message key prefix of the form's texts ("casefile.exams": .add, .save)
     * @param emptyKey the message key of the text shown while the list is empty
     */
    EntryEditor(CaseView host, ProfileList<R> list, FormMapping<R, F> forms, String key, String emptyKey) {
        this.host = host;
        this.profileList = list;
        this.forms = forms;
        this.section = list.section();
        this.key = key;
        this.binder = new Binder<>(forms.formClass());
        addClassName("mw-entries");
        setWidthFull();

        columns(grid);
        grid.addComponentColumn(host::verification).setHeader(host.t("casefile.verification")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(this::rowActions).setHeader(host.t("casefile.actions")).setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
        grid.setWidthFull();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        empty.setText(host.t(emptyKey));

        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2),
                new FormLayout.ResponsiveStep("52em", 4));
        buildForm(fields, binder);
        formNote.addClassName("mw-form-note");
        formNote.setVisible(false);
        formError.addClassName("mw-form-error");
        formError.getElement().setAttribute("role", "alert");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        cancel.setText(host.t("casefile.entry.cancel"));
        cancel.addClickListener(e -> cancelEdit());
        var buttons = new HorizontalLayout(save, cancel);
        buttons.setSpacing(true);
        form.addClassName("mw-form");
        form.add(formTitle, formNote, fields, formError, buttons);

        confirmRemove.setCancelable(true);
        confirmRemove.setCancelText(host.t("casefile.entry.cancel"));
        confirmRemove.setConfirmText(host.t("casefile.entry.remove"));
        confirmRemove.setConfirmButtonTheme("error primary");
        confirmRemove.addConfirmListener(e -> remove());
        add(empty, grid, form, confirmRemove);
        addMode();
        binder.readRecord(forms.empty());
    }

    /** The grid's columns for the entry itself; verification and actions follow. */
    abstract void columns(Grid<Entry<R>> grid);

    /** The form's fields, added to {@code fields} and bound with {@code binder}. */
    abstract void buildForm(FormLayout fields, Binder<F> binder);

    /** The profile after entry {@code index} was removed, for lists that point into this one (letters to experiences). */
    ApplicantProfile afterRemoval(ApplicantProfile profile, int index) {
        return profile;
    }

    /** The entries of the case just (re)loaded; an edit whose entry changed meanwhile is given up, with a message. */
    void show(ApplicantRecord record) {
        List<Entry<R>> rows = host.entries(section, profileList.in(record.profile()));
        grid.setItems(rows);
        grid.setVisible(!rows.isEmpty());
        empty.setVisible(rows.isEmpty());
        if (editing != null) {
            List<R> now = profileList.in(record.profile());
            if (editing >= now.size() || !Objects.equals(now.get(editing), editingWas)) {
                addMode();
                formError.setText(host.t("casefile.entry.changedMeanwhile"));
            } else {
                showVerificationNote(record);
            }
        }
    }

    /** Opens entry {@code index} in the form. */
    void edit(int index) {
        ApplicantProfile profile = host.file.record().profile();
        editing = index;
        editingWas = profileList.in(profile).get(index);
        binder.readRecord(forms.formOf(editingWas));
        formTitle.setText(host.t("casefile.entry.editTitle", host.refLabel(ref(index))));
        save.setText(host.t("casefile.entry.saveChanges"));
        cancel.setVisible(true);
        formError.setText("");
        showVerificationNote(host.file.record());
        fields.getChildren().findFirst().ifPresent(c -> c.getElement().callJsFunction("focus"));
    }

    /** Back to adding, with an empty form. */
    void cancelEdit() {
        addMode();
        binder.readRecord(forms.empty());
        clearInvalid();
    }

    void save() {
        F values;
        try {
            values = binder.writeRecord();
        } catch (ValidationException e) {
            formError.setText(host.t("casefile.entry.invalid"));
            return;
        }
        ApplicantProfile profile = host.file.record().profile();
        List<R> list = new ArrayList<>(profileList.in(profile));
        R value;
        try {
            value = forms.entryOf(values, editing == null ? null : editingWas);
        } catch (IllegalArgumentException e) {
            formError.setText(host.t("casefile.entry.rejected", e.getMessage()));
            return;
        }
        if (editing != null && value.equals(editingWas)) {
            host.notify(host.t("casefile.entry.unchanged"));
            cancelEdit();
            return;
        }
        if (editing == null) {
            list.add(value);
        } else {
            list.set(editing, value);
        }
        formError.setText("");
        if (host.saveProfile(profileList.replaced(profile, list)) instanceof SaveResult.Saved) {
            cancelEdit();
        }
    }

    /** Asks before removing entry {@code index}. */
    void askRemove(int index) {
        removing = index;
        removingWas = profileList.in(host.file.record().profile()).get(index);
        String label = host.refLabel(ref(index));
        confirmRemove.setHeader(host.t("casefile.entry.removeTitle", label));
        confirmRemove.setText(host.t("casefile.entry.removeText"));
        confirmRemove.open();
    }

    private void remove() {
        if (removing == null) {
            return;
        }
        int index = removing;
        removing = null;
        ApplicantProfile profile = host.file.record().profile();
        List<R> list = new ArrayList<>(profileList.in(profile));
        if (index >= list.size() || !Objects.equals(list.get(index), removingWas)) {
            host.notify(host.t("casefile.entry.changedMeanwhile"));
            return;
        }
        String label = host.refLabel(ref(index));
        list.remove(index);
        if (editing != null && editing == index) {
            cancelEdit();
        } else if (editing != null && editing > index) {
            editing = editing - 1; // the entry being edited moves up by one
        }
        host.saveProfile(afterRemoval(profileList.replaced(profile, list), index), host.t("casefile.entry.removed", label));
    }

    String ref(int index) {
        return section + "[" + index + "]";
    }

    private void addMode() {
        editing = null;
        editingWas = null;
        formTitle.setText(host.t(key + ".add"));
        save.setText(host.t(key + ".save"));
        cancel.setVisible(false);
        formNote.setVisible(false);
        formError.setText("");
    }

    private void showVerificationNote(ApplicantRecord record) {
        boolean unverified = editing != null && record.unverified().contains(ref(editing));
        formNote.setText(unverified ? host.t("casefile.entry.verifiesOnSave") : "");
        formNote.setVisible(unverified);
    }

    private void clearInvalid() {
        fields.getChildren().forEach(c -> {
            if (c instanceof com.vaadin.flow.component.HasValidation v) {
                v.setInvalid(false);
            }
        });
        formError.setText("");
    }

    private Component rowActions(Entry<R> entry) {
        String label = host.refLabel(entry.ref());
        // icons keep the column narrow at tablet width; the accessible name and the tooltip say what and which entry
        var edit = new Button(VaadinIcon.EDIT.create(), e -> edit(entry.index()));
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        edit.addClassName("mw-edit");
        edit.setAriaLabel(host.t("casefile.entry.editFor", label));
        edit.setTooltipText(host.t("casefile.entry.editFor", label));
        var remove = new Button(VaadinIcon.TRASH.create(), e -> askRemove(entry.index()));
        remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        remove.addClassName("mw-remove");
        remove.setAriaLabel(host.t("casefile.entry.removeFor", label));
        remove.setTooltipText(host.t("casefile.entry.removeFor", label));
        var box = new HorizontalLayout(edit, remove);
        box.setSpacing(false);
        box.addClassName("mw-row-actions");
        return box;
    }
}
