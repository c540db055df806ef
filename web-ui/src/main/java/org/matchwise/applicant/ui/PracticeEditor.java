package org.matchwise.applicant.ui;

import static org.matchwise.applicant.ui.EntryFields.choice;
import static org.matchwise.applicant.ui.EntryFields.date;
import static org.matchwise.applicant.ui.EntryFields.text;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.Objects;
import org.matchwise.applicant.Exam;
import org.matchwise.applicant.PracticeAssessment;
import org.matchwise.applicant.ui.EntryForms.PracticeForm;
import org.matchwise.base.i18n.Labels;

/** Practice scores: exam, form name, date and the predicted score. */
public final class PracticeEditor extends EntryEditor<PracticeAssessment, PracticeForm> {

    public Select<Exam> exam;
    public TextField form;
    public DatePicker date;
    public IntegerField predicted;

    public PracticeEditor(EditorRole role, EntryHost host) {
        super(role, host, ProfileList.PRACTICE, FormMapping.PRACTICE, "casefile.practice", "casefile.practice.empty");
    }

    @Override
    protected void columns(Grid<Entry<PracticeAssessment>> grid) {
        grid.addColumn(e -> Labels.title(this, e.value().exam())).setHeader(t("casefile.exams.exam")).setWidth("9em")
                .setFlexGrow(2);
        grid.addColumn(e -> e.value().form()).setHeader(t("casefile.exams.form")).setWidth("6em");
        grid.addColumn(e -> date(this, e.value().date())).setHeader(t("casefile.exams.date")).setWidth("7em");
        grid.addColumn(e -> e.value().predictedScore() == null ? "" : e.value().predictedScore().toString())
                .setHeader(t("casefile.exams.predicted")).setWidth("5em");
    }

    @Override
    protected void buildForm(FormLayout fields, Binder<PracticeForm> binder) {
        exam = choice(this, "casefile.exams.exam", Exam.values());
        form = text(this, "casefile.exams.form");
        form.setHelperText(t("casefile.practice.formHelp"));
        date = new DatePicker(t("casefile.exams.date"));
        predicted = new IntegerField(t("casefile.exams.predicted"));
        binder.forField(exam).withValidator(Objects::nonNull, t("casefile.required")).bind("exam");
        binder.forField(form).asRequired(t("casefile.required")).bind("form");
        binder.forField(date).asRequired(t("casefile.required")).bind("date");
        binder.forField(predicted).withValidator(EntryRules.withinScale(exam), t("casefile.exams.scoreRange"))
                .bind("predictedScore");
        fields.add(exam, form, date, predicted);
    }
}
