package org.matchwise.applicant.ui;

import static org.matchwise.applicant.ui.EntryFields.choice;
import static org.matchwise.applicant.ui.EntryFields.date;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.function.SerializableFunction;
import java.util.Objects;
import java.util.Optional;
import org.matchwise.applicant.Exam;
import org.matchwise.applicant.ExamAttempt;
import org.matchwise.applicant.ExamOutcome;
import org.matchwise.applicant.ui.EntryForms.ExamForm;
import org.matchwise.base.i18n.Labels;

/** Exam attempts: exam, date, outcome and an optional score within the exam's scale. */
public final class ExamEditor extends EntryEditor<ExamAttempt, ExamForm> {

    public Select<Exam> exam;
    public DatePicker date;
    public Select<ExamOutcome> outcome;
    public IntegerField score;
    /** Made in {@link #buildForm}, which the editor's constructor calls before this class's fields are set. */
    public Span hint;
    private SerializableFunction<ExamForm, Optional<Hint>> hints;

    /** A hint on when a scheduled exam's score arrives (the applicant's screen gives one for Step 2 CK). */
    public record Hint(String text, boolean late) {
    }

    public ExamEditor(EditorRole role, EntryHost host) {
        super(role, host, ProfileList.EXAMS, FormMapping.EXAM, "casefile.exams", "casefile.exams.noAttempts");
    }

    /** Shows {@code hints}' answer below the form while the exam, outcome or date change. */
    public void setHints(SerializableFunction<ExamForm, Optional<Hint>> hints) {
        this.hints = hints;
        refreshHint();
    }

    @Override
    protected void columns(Grid<Entry<ExamAttempt>> grid) {
        grid.addColumn(e -> Labels.title(this, e.value().exam())).setHeader(t("casefile.exams.exam")).setWidth("9em")
                .setFlexGrow(2);
        grid.addColumn(e -> date(this, e.value().date())).setHeader(t("casefile.exams.date")).setWidth("7em");
        grid.addColumn(e -> Labels.title(this, e.value().outcome())).setHeader(t("casefile.exams.outcome"))
                .setWidth("5.5em");
        grid.addColumn(e -> e.value().score() == null ? "" : e.value().score().toString())
                .setHeader(t("casefile.exams.score")).setWidth("4.5em");
        grid.addColumn(e -> {
            int n = host.record().profile().attemptNumber(e.index());
            return n == 0 ? "" : String.valueOf(n);
        }).setHeader(t("casefile.exams.attempt")).setWidth("4.5em");
    }

    @Override
    protected void buildForm(FormLayout fields, Binder<ExamForm> binder) {
        exam = choice(this, "casefile.exams.exam", Exam.values());
        date = new DatePicker(t("casefile.exams.date"));
        outcome = choice(this, "casefile.exams.outcome", ExamOutcome.values());
        score = new IntegerField(t("casefile.exams.score"));
        score.setHelperText(t("casefile.exams.scoreHelp"));
        binder.forField(exam).withValidator(Objects::nonNull, t("casefile.required")).bind("exam");
        binder.forField(date).asRequired(t("casefile.required")).bind("date");
        binder.forField(outcome).withValidator(Objects::nonNull, t("casefile.required")).bind("outcome");
        binder.forField(score)
                .withValidator(EntryRules.withinScale(exam), t("casefile.exams.scoreRange"))
                .withValidator(EntryRules.noScoreWhenScheduled(outcome), t("casefile.exams.scoreScheduled"))
                .bind("score");
        hint = new Span();
        hint.getElement().setAttribute("aria-live", "polite");
        hint.addClassName("mw-step2-hint");
        hint.setVisible(false);
        exam.addValueChangeListener(e -> refreshHint());
        outcome.addValueChangeListener(e -> refreshHint());
        date.addValueChangeListener(e -> refreshHint());
        fields.add(exam, date, outcome, score);
        fields.add(hint, 4);
    }

    @Override
    protected void opened() {
        refreshHint();
    }

    void refreshHint() {
        if (exam == null || hint == null) {
            return;
        }
        Optional<Hint> h = hints == null ? Optional.empty() : hints.apply(new ExamForm(exam.getValue(), date.getValue(), outcome.getValue(), null));
        hint.getElement().getThemeList().clear();
        hint.setVisible(h.isPresent());
        hint.setText(h.map(Hint::text).orElse(""));
        h.ifPresent(x -> hint.getElement().getThemeList().add(x.late() ? "badge error" : "badge success"));
    }
}
