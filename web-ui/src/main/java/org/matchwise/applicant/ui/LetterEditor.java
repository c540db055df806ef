package org.matchwise.applicant.ui;

import static org.matchwise.applicant.ui.EntryFields.choice;
import static org.matchwise.applicant.ui.EntryFields.date;
import static org.matchwise.applicant.ui.EntryFields.text;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.Objects;
import org.matchwise.applicant.Letter;
import org.matchwise.applicant.LetterStatus;
import org.matchwise.applicant.LetterStrength;
import org.matchwise.applicant.Specialty;
import org.matchwise.applicant.ui.EntryForms.LetterForm;
import org.matchwise.base.i18n.Labels;

/** Letters of recommendation; the advisor also rates a letter's strength, which the applicant never sees. */
public final class LetterEditor extends EntryEditor<Letter, LetterForm> {

    public TextField writer;
    public Select<Specialty> specialty;
    public Select<LetterStatus> status;
    /** ADVISOR only (null for the applicant). */
    public Select<LetterStrength> strength;
    public DatePicker date;
    public DatePicker due;
    public Checkbox us;
    public Checkbox academic;
    public Checkbox waived;

    public LetterEditor(EditorRole role, EntryHost host) {
        super(role, host, ProfileList.LETTERS, forms(role), "casefile.letters", "casefile.letters.empty");
    }

    /** A new letter starts US, academic and waived; the applicant's starts "identified". */
    private static FormMapping<Letter, LetterForm> forms(EditorRole role) {
        boolean advisor = role == EditorRole.ADVISOR;
        return new FormMapping<>(LetterForm.class, () -> new LetterForm("", null, true, true,
                advisor ? null : LetterStatus.IDENTIFIED, null, null, true, null), LetterForm::of,
                (form, was) -> form.toRecord(was, advisor));
    }

    @Override
    protected void columns(Grid<Entry<Letter>> grid) {
        grid.addColumn(e -> e.value().writer()).setHeader(t("casefile.letters.writer")).setWidth("8em").setFlexGrow(2);
        grid.addColumn(e -> Labels.title(this, e.value().specialty())).setHeader(t("casefile.letters.specialty"))
                .setWidth("7em");
        grid.addColumn(e -> Labels.title(this, e.value().status())).setHeader(t("casefile.letters.status"))
                .setWidth("6em");
        if (advisor()) {
            grid.addColumn(e -> e.value().strength() == null ? t("casefile.letters.notRated")
                    : Labels.title(this, e.value().strength())).setHeader(t("casefile.letters.strength")).setWidth("5.5em");
        }
        grid.addColumn(e -> date(this, e.value().dueDate())).setHeader(t("casefile.letters.due")).setWidth("6em");
        grid.addColumn(e -> e.value().waived() ? t("casefile.letters.waived") : t("casefile.letters.notWaived"))
                .setHeader(t("casefile.letters.waiver")).setWidth("5.5em");
    }

    @Override
    protected void buildForm(FormLayout fields, Binder<LetterForm> binder) {
        writer = text(this, "casefile.letters.writer");
        specialty = choice(this, "casefile.letters.specialty", Specialty.values());
        status = choice(this, "casefile.letters.status", LetterStatus.values());
        date = new DatePicker(t("casefile.letters.date"));
        due = new DatePicker(t("casefile.letters.due"));
        us = new Checkbox(t("casefile.letters.us"));
        academic = new Checkbox(t("casefile.letters.academic"));
        waived = new Checkbox(t("casefile.letters.waivedBox"));
        binder.forField(writer).asRequired(t("casefile.required")).bind("writer");
        binder.forField(specialty).withValidator(Objects::nonNull, t("casefile.required")).bind("specialty");
        binder.forField(status).withValidator(Objects::nonNull, t("casefile.required")).bind("status");
        binder.forField(date).bind("date");
        binder.forField(due).bind("dueDate");
        binder.forField(us).bind("us");
        binder.forField(academic).bind("academic");
        binder.forField(waived).bind("waived");
        fields.add(writer, specialty, status);
        // a record binder writes only when every component is bound: the applicant's form binds the rating to a
        // field that is never shown (and never sent to the browser); the service keeps the stored rating anyway
        Select<LetterStrength> rating = choice(this, "casefile.letters.strength", LetterStrength.values());
        rating.setEmptySelectionAllowed(true);
        rating.setEmptySelectionCaption(t("casefile.letters.notRated"));
        binder.forField(rating).bind("strength");
        if (advisor()) {
            strength = rating;
            fields.add(strength);
        }
        fields.add(date, due);
        fields.add(us, academic, waived);
    }
}
