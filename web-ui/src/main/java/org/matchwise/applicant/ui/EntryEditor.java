package org.matchwise.applicant.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
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
 * decides what each may do. The entries show as a grid, and as cards on a phone ({@link EntryRows}); each has its
 * verification state and its actions. A form below ({@link EntryFormPanel}) adds an entry or, after Edit, changes
 * one; it binds a form record ({@link EntryForms}) and this editor hands the whole edited profile to the
 * {@link EntryHost}, which stores it against the version it read, so a stale save changes nothing and what was typed
 * stays in the form.
 *
 * <p>The applicant changes and removes only entries no advisor verified yet; for the others the same form, with a
 * reason, asks the advisor for a correction. Removing asks first, with Cancel focused. The five lists' editors
 * ({@link ExamEditor}, {@link PracticeEditor}, {@link ExperienceEditor}, {@link LetterEditor},
 * {@link TimelineEditor}) add their columns and fields.
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
    // the parts' components, named here for the screens' tests
    public final Grid<Entry<R>> grid;
    /** The same entries as cards, shown instead of the grid on a phone. */
    public final Div cards;
    public final Paragraph empty;
    public final Div form;
    public final H3 formTitle;
    public final FormLayout fields;
    public final Paragraph formNote;
    public final Span formError;
    public final Binder<F> binder;
    public final Button save;
    public final Button cancel;
    /** APPLICANT, asking for a correction: why the entry is wrong, and whether it should go altogether. */
    public final TextArea reason;
    public final Checkbox removeInstead;
    public final ConfirmDialog confirmRemove;
    /** The dialog's Cancel, the safe choice, which has the focus when it opens. */
    public final Button confirmCancel;

    private final EntryRows<R> rows;
    private final EntryFormPanel<F> panel;
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
        addClassNames("mw-entries", role == EditorRole.ADVISOR ? "mw-entries-advisor" : "mw-entries-applicant");
        setWidthFull();

        rows = new EntryRows<>(this, t(emptyKey));
        grid = rows.grid;
        cards = rows.cards;
        empty = rows.empty;
        confirmRemove = rows.confirmRemove;
        confirmCancel = rows.confirmCancel;
        columns(grid);
        rows.addStateColumns();
        confirmRemove.addConfirmListener(e -> remove());

        panel = new EntryFormPanel<>(forms.formClass());
        form = panel;
        formTitle = panel.title;
        fields = panel.fields;
        formNote = panel.note;
        formError = panel.error;
        binder = panel.binder;
        save = panel.save;
        cancel = panel.cancel;
        reason = panel.reason;
        removeInstead = panel.removeInstead;
        buildForm(fields, binder);
        save.addClickListener(e -> save());
        cancel.addClickListener(e -> cancelEdit());

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
        List<Entry<R>> entries = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            entries.add(new Entry<>(i, ref(i), values.get(i), record.unverified().contains(ref(i))));
        }
        rows.show(entries);
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
        editing = index;
        editingWas = profileList.in(host.record().profile()).get(index);
        correcting = !mayChange(ref(index));
        binder.readRecord(forms.formOf(editingWas));
        String words = host.words(ref(index));
        panel.opened(correcting ? t("entries.correction.title", words) : t("casefile.entry.editTitle", words),
                correcting ? t("entries.correction.send") : t("casefile.entry.saveChanges"), correcting);
        showVerificationNote(host.record());
        opened();
        panel.focusFirst();
    }

    /** Back to adding, with an empty form. */
    public void cancelEdit() {
        addMode();
        binder.readRecord(forms.empty());
        panel.clearInvalid();
    }

    /**
     * Adds or changes the entry the form holds; when the host's save fails (a newer version, a refusal) the form
     * keeps what was typed.
     */
    public void save() {
        if (correcting) {
            sendCorrection();
            return;
        }
        R value = entryFromForm(editing == null ? null : editingWas);
        if (value == null) {
            return;
        }
        if (editing != null && value.equals(editingWas)) {
            host.notify(t("casefile.entry.unchanged"));
            cancelEdit();
            return;
        }
        ApplicantProfile profile = host.record().profile();
        List<R> list = new ArrayList<>(profileList.in(profile));
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

    /** The entry the form describes ({@code was}: the one being edited), or null with the reason on the error line. */
    private R entryFromForm(R was) {
        try {
            return forms.entryOf(binder.writeRecord(), was);
        } catch (ValidationException e) {
            formError.setText(t("casefile.entry.invalid"));
        } catch (IllegalArgumentException e) {
            formError.setText(t("casefile.entry.rejected", e.getMessage()));
        }
        return null;
    }

    private void sendCorrection() {
        if (!panel.reasonGiven(t("records.refused.reasonMissing"))) {
            return;
        }
        Object proposed = null;
        if (!removeInstead.getValue()) {
            proposed = entryFromForm(editingWas);
            if (proposed == null) {
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
        rows.askRemove(host.words(ref(index)));
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
        Integer editedBefore = editing;
        if (editing != null && editing == index) {
            cancelEdit();
        } else if (editing != null && editing > index) {
            editing = editing - 1; // the entry being edited moves up by one
        }
        if (!host.save(afterRemoval(profileList.replaced(profile, list), index), t("casefile.entry.removed", label))
                && editing != null) {
            editing = editedBefore; // nothing was removed: the entry being edited is where it was
        }
    }

    public String ref(int index) {
        return section + "[" + index + "]";
    }

    private void addMode() {
        editing = null;
        editingWas = null;
        correcting = false;
        panel.adding(t(key + ".add"), t(key + ".save"));
    }

    private void showVerificationNote(ApplicantRecord record) {
        boolean unverified = advisor() && editing != null && record.unverified().contains(ref(editing));
        panel.note(correcting ? t("entries.correction.note") : unverified ? t("casefile.entry.verifiesOnSave") : "");
    }
}
