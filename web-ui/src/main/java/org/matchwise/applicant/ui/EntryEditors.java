package org.matchwise.applicant.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.function.SerializableFunction;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.matchwise.applicant.ApplicantProfile;
import org.matchwise.applicant.ClinicalExperience;
import org.matchwise.applicant.ClinicalKind;
import org.matchwise.applicant.Exam;
import org.matchwise.applicant.ExamAttempt;
import org.matchwise.applicant.ExamOutcome;
import org.matchwise.applicant.LeaveReason;
import org.matchwise.applicant.Letter;
import org.matchwise.applicant.LetterStatus;
import org.matchwise.applicant.LetterStrength;
import org.matchwise.applicant.PracticeAssessment;
import org.matchwise.applicant.Setting;
import org.matchwise.applicant.Specialty;
import org.matchwise.applicant.TimelineEntry;
import org.matchwise.applicant.TimelineKind;
import org.matchwise.applicant.ui.EntryForms.ExamForm;
import org.matchwise.applicant.ui.EntryForms.ExperienceForm;
import org.matchwise.applicant.ui.EntryForms.LetterForm;
import org.matchwise.applicant.ui.EntryForms.PracticeForm;
import org.matchwise.applicant.ui.EntryForms.TimelineForm;
import org.matchwise.base.i18n.Labels;

/**
 * The five entry editors, one per list, for both roles. Choices are {@link Select}s checked by a validator rather than
 * marked required: the required marker puts aria-required on the select's value button (role=button), which axe-core
 * reports as a critical ARIA error.
 */
public final class EntryEditors {

    private static final int MAX_TEXT = 500;

    private EntryEditors() {
    }

    static <E extends Enum<E>> Select<E> choice(Component owner, String labelKey, E[] values) {
        Select<E> select = new Select<>();
        select.setLabel(owner.getTranslation(labelKey));
        select.setItems(values);
        select.setItemLabelGenerator(v -> Labels.title(owner, v));
        return select;
    }

    static TextField text(Component owner, String labelKey) {
        TextField field = new TextField(owner.getTranslation(labelKey));
        field.setMaxLength(MAX_TEXT);
        return field;
    }

    static String date(Component owner, LocalDate d) {
        return d == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(owner.getUI().map(ui -> ui.getLocale()).orElse(java.util.Locale.ENGLISH)).format(d);
    }

    /** "Sep 1, 2025 – Nov 30, 2025": a narrow column breaks the line after the dash only. */
    static String range(Component owner, LocalDate start, LocalDate end) {
        return date(owner, start).replace(' ', '\u00a0') + " – "
                + (end == null ? owner.getTranslation("casefile.ongoing") : date(owner, end)).replace(' ', '\u00a0');
    }

    /** An end date, if given, on or after the start, checked again when the start changes. */
    static void endNotBeforeStart(Component owner, Binder<?> binder, DatePicker start, DatePicker end, String property) {
        var binding = binder.forField(end)
                .withValidator(EntryRules.notBefore(start), owner.getTranslation("casefile.entry.endBeforeStart"))
                .bind(property);
        start.addValueChangeListener(e -> {
            if (end.getValue() != null) {
                binding.validate();
            }
        });
    }

    /** A hint on when a scheduled exam's score arrives (the applicant's screen gives one for Step 2 CK). */
    public record Hint(String text, boolean late) {
    }

    /** Exam attempts: exam, date, outcome and an optional score within the exam's scale. */
    public static final class ExamEditor extends EntryEditor<ExamAttempt, ExamForm> {

        public Select<Exam> exam;
        public DatePicker date;
        public Select<ExamOutcome> outcome;
        public IntegerField score;
        /** Made in {@link #buildForm}, which the editor's constructor calls before this class's fields are set. */
        public Span hint;
        private SerializableFunction<ExamForm, Optional<Hint>> hints;

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

    /** Practice scores: exam, form name, date and the predicted score. */
    public static final class PracticeEditor extends EntryEditor<PracticeAssessment, PracticeForm> {

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

    /** Clinical experiences; letters that point to a removed experience lose the link, later ones follow it. */
    public static final class ExperienceEditor extends EntryEditor<ClinicalExperience, ExperienceForm> {

        public Select<ClinicalKind> kind;
        public Select<Specialty> specialty;
        public TextField institution;
        public Select<Setting> setting;
        public Checkbox us;
        public DatePicker start;
        public DatePicker end;
        public TextField supervisor;

        public ExperienceEditor(EditorRole role, EntryHost host) {
            super(role, host, ProfileList.EXPERIENCES, FormMapping.EXPERIENCE, "casefile.usce", "casefile.usce.empty");
        }

        @Override
        protected ApplicantProfile afterRemoval(ApplicantProfile p, int index) {
            List<Letter> letters = new ArrayList<>();
            for (Letter l : p.letters()) {
                Integer link = l.linkedExperience();
                Integer moved = link == null || link < index ? link : link == index ? null : link - 1;
                letters.add(Objects.equals(link, moved) ? l : new Letter(l.writer(), l.specialty(), l.us(), l.academic(),
                        l.status(), l.strength(), l.date(), l.waived(), l.dueDate(), moved));
            }
            return p.toBuilder().letters(letters).build();
        }

        @Override
        protected void columns(Grid<Entry<ClinicalExperience>> grid) {
            grid.addColumn(e -> Labels.title(this, e.value().kind())).setHeader(t("casefile.usce.kind")).setWidth("6em");
            grid.addColumn(e -> Labels.title(this, e.value().specialty())).setHeader(t("casefile.usce.specialty"))
                    .setWidth("7em");
            grid.addColumn(e -> e.value().institution()).setHeader(t("casefile.usce.institution")).setWidth("7em")
                    .setFlexGrow(2);
            grid.addColumn(e -> e.value().us() ? t("casefile.yes") : t("casefile.no")).setHeader(t("casefile.usce.us"))
                    .setWidth("4.5em");
            grid.addColumn(e -> range(this, e.value().start(), e.value().end())).setHeader(t("casefile.usce.dates"))
                    .setWidth("8em").setFlexGrow(2);
        }

        @Override
        protected void buildForm(FormLayout fields, Binder<ExperienceForm> binder) {
            kind = choice(this, "casefile.usce.kind", ClinicalKind.values());
            specialty = choice(this, "casefile.usce.specialty", Specialty.values());
            institution = text(this, "casefile.usce.institution");
            setting = choice(this, "casefile.usce.setting", Setting.values());
            setting.setEmptySelectionAllowed(true);
            setting.setEmptySelectionCaption(t("casefile.usce.settingUnknown"));
            us = new Checkbox(t("casefile.usce.us"));
            start = new DatePicker(t("casefile.usce.start"));
            end = new DatePicker(t("casefile.usce.end"));
            end.setHelperText(t("casefile.usce.endHelp"));
            supervisor = text(this, "casefile.usce.supervisor");
            binder.forField(kind).withValidator(Objects::nonNull, t("casefile.required")).bind("kind");
            binder.forField(specialty).withValidator(Objects::nonNull, t("casefile.required")).bind("specialty");
            binder.forField(institution).bind("institution");
            binder.forField(setting).bind("setting");
            binder.forField(us).bind("us");
            binder.forField(start).asRequired(t("casefile.required")).bind("start");
            endNotBeforeStart(this, binder, start, end, "end");
            binder.forField(supervisor).bind("supervisor");
            fields.add(kind, specialty, institution, setting, start, end, supervisor, us);
        }
    }

    /** Letters of recommendation; the advisor also rates a letter's strength, which the applicant never sees. */
    public static final class LetterEditor extends EntryEditor<Letter, LetterForm> {

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

    /** Timeline entries (education, work, research, leaves, ...); a leave's reason is the advisor's to see and set. */
    public static final class TimelineEditor extends EntryEditor<TimelineEntry, TimelineForm> {

        public Select<TimelineKind> kind;
        public TextField title;
        /** ADVISOR only (null for the applicant). */
        public Select<LeaveReason> reason;
        public DatePicker start;
        public DatePicker end;
        public Checkbox fullTime;

        public TimelineEditor(EditorRole role, EntryHost host) {
            super(role, host, ProfileList.TIMELINE, new FormMapping<>(TimelineForm.class,
                    () -> new TimelineForm(null, "", null, null, null, true), TimelineForm::of,
                    (form, was) -> form.toRecord(was, role == EditorRole.ADVISOR)), "casefile.timeline",
                    "casefile.timeline.listEmpty");
        }

        @Override
        protected void columns(Grid<Entry<TimelineEntry>> grid) {
            grid.addColumn(e -> Labels.title(this, e.value().kind())).setHeader(t("casefile.timeline.kind")).setWidth("7em");
            grid.addColumn(e -> (e.value().title() == null ? "" : e.value().title())
                    + (!advisor() || e.value().reason() == null ? "" : " (" + Labels.label(e.value().reason(),
                            getLocale()) + ")")).setHeader(t("casefile.timeline.title")).setWidth("8em").setFlexGrow(2);
            grid.addColumn(e -> range(this, e.value().start(), e.value().end())).setHeader(t("casefile.usce.dates"))
                    .setWidth("8em").setFlexGrow(2);
            grid.addColumn(e -> e.value().fullTime() ? t("casefile.yes") : t("casefile.no"))
                    .setHeader(t("casefile.timeline.fullTime")).setWidth("4.5em").setFlexGrow(0);
        }

        @Override
        protected void buildForm(FormLayout fields, Binder<TimelineForm> binder) {
            kind = choice(this, "casefile.timeline.kind", TimelineKind.values());
            title = text(this, "casefile.timeline.title");
            start = new DatePicker(t("casefile.usce.start"));
            end = new DatePicker(t("casefile.usce.end"));
            end.setHelperText(t("casefile.usce.endHelp"));
            fullTime = new Checkbox(t("casefile.timeline.fullTime"));
            binder.forField(kind).withValidator(Objects::nonNull, t("casefile.required")).bind("kind");
            binder.forField(title).bind("title");
            binder.forField(start).asRequired(t("casefile.required")).bind("start");
            endNotBeforeStart(this, binder, start, end, "end");
            binder.forField(fullTime).bind("fullTime");
            fields.add(kind, title);
            // bound for both roles (a record binder writes only when every component is bound); shown to advisors only
            Select<LeaveReason> leaveReason = choice(this, "casefile.timeline.reason", LeaveReason.values());
            binder.forField(leaveReason).bind("reason");
            if (advisor()) {
                reason = leaveReason;
                reason.setHelperText(t("casefile.timeline.reasonHelp"));
                kind.addValueChangeListener(e -> leaveOnly());
                fields.add(reason);
            }
            fields.add(start, end, fullTime);
            leaveOnly();
        }

        /** The reason belongs to a leave of absence only. */
        private void leaveOnly() {
            if (reason == null) {
                return;
            }
            boolean leave = kind.getValue() == TimelineKind.LEAVE_OF_ABSENCE;
            reason.setVisible(leave);
            if (!leave) {
                reason.clear();
            }
        }
    }
}
