package org.matchwise.portal.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.matchwise.applicant.ApplicantProfile;
import org.matchwise.applicant.ClinicalExperience;
import org.matchwise.applicant.ClinicalKind;
import org.matchwise.applicant.Cycle;
import org.matchwise.applicant.CycleOutcome;
import org.matchwise.applicant.Exam;
import org.matchwise.applicant.ExamAttempt;
import org.matchwise.applicant.ExamOutcome;
import org.matchwise.applicant.Letter;
import org.matchwise.applicant.LetterStatus;
import org.matchwise.applicant.PracticeAssessment;
import org.matchwise.applicant.Setting;
import org.matchwise.applicant.Specialty;
import org.matchwise.applicant.SpecialtyApplication;
import org.matchwise.applicant.TimelineEntry;
import org.matchwise.applicant.TimelineKind;
import org.matchwise.applicant.ui.EntryForms.ExamForm;
import org.matchwise.applicant.ui.EntryForms.ExperienceForm;
import org.matchwise.applicant.ui.EntryForms.PracticeForm;
import org.matchwise.applicant.ui.EntryRules;
import org.matchwise.applicant.ui.FormMapping;
import org.matchwise.applicant.ui.ProfileList;
import org.matchwise.charts.Charts;
import org.matchwise.charts.ScorePoint;
import org.matchwise.charts.ScoreTrend;
import org.matchwise.portal.PortalService;
import org.matchwise.portal.PortalViews.Step2Hint;
import org.matchwise.portal.ui.Forms.ApplicationForm;
import org.matchwise.portal.ui.Forms.LetterForm;
import org.matchwise.portal.ui.Forms.TimelineForm;

/** The six lists of "My progress", each an {@link EntrySection}. */
final class Sections {

    private Sections() {
    }

    static <E extends Enum<E>> ComboBox<E> choice(EntrySection<?, ?> owner, String labelKey, E[] values) {
        ComboBox<E> box = new ComboBox<>(owner.getTranslation(labelKey));
        box.setItems(values);
        box.setItemLabelGenerator(v -> Labels.of(owner, v));
        return box;
    }

    static DatePicker date(EntrySection<?, ?> owner, String labelKey) {
        DatePicker picker = new DatePicker(owner.getTranslation(labelKey));
        picker.setLocale(Locale.US);
        return picker;
    }

    static String required(EntrySection<?, ?> owner) {
        return owner.getTranslation("portal.form.required");
    }

    /** Exam attempts, with an immediate hint on when a scheduled Step 2 CK / Level 2-CE score arrives. */
    static final class ExamSection extends EntrySection<ExamAttempt, ExamForm> {

        final ComboBox<Exam> exam;
        final ComboBox<ExamOutcome> outcome;
        final DatePicker date;
        final IntegerField score;
        final Span hint;
        private final PortalService portal;

        ExamSection(PortalService portal, Consumer<ApplicantProfile> host) {
            super(ProfileList.EXAMS, FormMapping.EXAM, "exam", host);
            this.portal = portal;
            exam = (ComboBox<Exam>) binderField(0);
            outcome = (ComboBox<ExamOutcome>) binderField(1);
            date = (DatePicker) binderField(2);
            score = (IntegerField) binderField(3);
            hint = (Span) binderField(4);
        }

        private List<Object> fields;

        private Object binderField(int i) {
            return fields.get(i);
        }

        @Override
        void columns(Grid<Entry<ExamAttempt>> grid) {
            grid.addColumn(e -> Labels.of(this, e.value().exam())).setHeader(getTranslation("portal.exam.exam")).setAutoWidth(true);
            grid.addColumn(e -> Labels.date(this, e.value().date())).setHeader(getTranslation("portal.exam.date"));
            grid.addColumn(e -> Labels.of(this, e.value().outcome())).setHeader(getTranslation("portal.exam.outcome"));
            grid.addColumn(e -> e.value().score() == null ? "" : e.value().score().toString())
                    .setHeader(getTranslation("portal.exam.score"));
        }

        @Override
        void buildForm(FormLayout form, Binder<ExamForm> binder) {
            ComboBox<Exam> examBox = choice(this, "portal.exam.exam", Exam.values());
            ComboBox<ExamOutcome> outcomeBox = choice(this, "portal.exam.outcome", ExamOutcome.values());
            DatePicker datePicker = date(this, "portal.exam.date");
            IntegerField scoreField = new IntegerField(getTranslation("portal.exam.score"));
            scoreField.setHelperText(getTranslation("portal.exam.score.help"));
            Span hintSpan = new Span();
            hintSpan.getElement().setAttribute("aria-live", "polite");
            hintSpan.addClassName("mw-step2-hint");
            binder.forField(examBox).asRequired(required(this)).bind("exam");
            binder.forField(datePicker).asRequired(required(this)).bind("date");
            binder.forField(outcomeBox).asRequired(required(this)).bind("outcome");
            binder.forField(scoreField)
                    .withValidator(EntryRules.withinScale(examBox), getTranslation("portal.exam.score.range"))
                    .withValidator(EntryRules.noScoreWhenScheduled(outcomeBox), getTranslation("portal.exam.score.scheduled"))
                    .bind("score");
            examBox.addValueChangeListener(e -> refreshHint());
            outcomeBox.addValueChangeListener(e -> refreshHint());
            datePicker.addValueChangeListener(e -> refreshHint());
            form.add(examBox, outcomeBox, datePicker, scoreField);
            form.add(hintSpan, 2);
            fields = List.of(examBox, outcomeBox, datePicker, scoreField, hintSpan);
        }

        @Override
        void opened() {
            refreshHint();
        }

        void refreshHint() {
            if (hint == null) {
                return;
            }
            boolean step2 = exam.getValue() == Exam.USMLE_STEP2_CK || exam.getValue() == Exam.COMLEX_L2_CE;
            Optional<Step2Hint> h = step2 && outcome.getValue() == ExamOutcome.SCHEDULED && date.getValue() != null
                    ? portal.step2Hint(date.getValue()) : Optional.empty();
            hint.getElement().getThemeList().clear();
            if (h.isEmpty()) {
                hint.setText("");
                hint.setVisible(false);
                return;
            }
            hint.setVisible(true);
            hint.setText(getTranslation(h.get().late() ? "portal.exam.hint.late" : "portal.exam.hint.onTrack",
                    Labels.date(this, h.get().scoreBy()), Labels.date(this, h.get().programsOpen()),
                    String.valueOf(h.get().matchYear())));
            hint.getElement().getThemeList().add(h.get().late() ? "badge error" : "badge success");
        }
    }

    /** Practice assessments with the score trend chart of the exam practised most recently. */
    static final class PracticeSection extends EntrySection<PracticeAssessment, PracticeForm> {

        final Div chart = new Div();

        PracticeSection(Consumer<ApplicantProfile> host) {
            super(ProfileList.PRACTICE, FormMapping.PRACTICE, "practice", host);
            chart.addClassName("mw-chart");
            chart.setWidthFull();
            addComponentAtIndex(0, chart);
        }

        @Override
        void show(org.matchwise.applicant.ApplicantViews.ApplicantRecord current) {
            super.show(current);
            chart.removeAll();
            List<PracticeAssessment> scored = current.profile().practiceAssessments().stream()
                    .filter(p -> p.predictedScore() != null).toList();
            if (scored.isEmpty()) {
                return;
            }
            Exam latest = scored.stream().max(Comparator.comparing(PracticeAssessment::date)).orElseThrow().exam();
            List<ScorePoint> points = scored.stream().filter(p -> p.exam() == latest)
                    .map(p -> new ScorePoint(p.date(), p.predictedScore(), p.form())).toList();
            String exam = Labels.of(this, latest);
            String description = getTranslation("portal.practice.chart.description", exam, points.size(),
                    points.stream().map(p -> p.label() + " " + Labels.date(this, p.date()) + ": " + (int) p.score())
                            .reduce((a, b) -> a + "; " + b).orElse(""));
            String svg = Charts.scoreTrend(new ScoreTrend(getTranslation("portal.practice.chart.title", exam), description,
                    getTranslation("portal.practice.chart.axis"), getTranslation("portal.practice.chart.series"), points,
                    null, Locale.US), 640, 280);
            Image image = new Image("data:image/svg+xml;base64,"
                    + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8)), description);
            image.setMaxWidth("100%");
            chart.add(image);
        }

        @Override
        void columns(Grid<Entry<PracticeAssessment>> grid) {
            grid.addColumn(e -> Labels.of(this, e.value().exam())).setHeader(getTranslation("portal.practice.exam")).setAutoWidth(true);
            grid.addColumn(e -> e.value().form()).setHeader(getTranslation("portal.practice.form"));
            grid.addColumn(e -> Labels.date(this, e.value().date())).setHeader(getTranslation("portal.practice.date"));
            grid.addColumn(e -> e.value().predictedScore() == null ? "" : e.value().predictedScore().toString())
                    .setHeader(getTranslation("portal.practice.score"));
        }

        @Override
        void buildForm(FormLayout form, Binder<PracticeForm> binder) {
            ComboBox<Exam> exam = choice(this, "portal.practice.exam", Exam.values());
            TextField name = new TextField(getTranslation("portal.practice.form"));
            name.setHelperText(getTranslation("portal.practice.form.help"));
            name.setMaxLength(100);
            DatePicker date = date(this, "portal.practice.date");
            IntegerField score = new IntegerField(getTranslation("portal.practice.score"));
            binder.forField(exam).asRequired(required(this)).bind("exam");
            binder.forField(name).asRequired(required(this)).bind("form");
            binder.forField(date).asRequired(required(this)).bind("date");
            binder.forField(score).withValidator(EntryRules.withinScale(exam), getTranslation("portal.exam.score.range"))
                    .bind("predictedScore");
            form.add(exam, name, date, score);
        }
    }

    /** Clinical experiences. */
    static final class ExperienceSection extends EntrySection<ClinicalExperience, ExperienceForm> {

        ExperienceSection(Consumer<ApplicantProfile> host) {
            super(ProfileList.EXPERIENCES, FormMapping.EXPERIENCE, "experience", host);
        }

        @Override
        void columns(Grid<Entry<ClinicalExperience>> grid) {
            grid.addColumn(e -> Labels.of(this, e.value().kind())).setHeader(getTranslation("portal.experience.kind")).setAutoWidth(true);
            grid.addColumn(e -> Labels.of(this, e.value().specialty())).setHeader(getTranslation("portal.experience.specialty"));
            grid.addColumn(e -> Objects.toString(e.value().institution(), "")).setHeader(getTranslation("portal.experience.institution"));
            grid.addColumn(e -> getTranslation(e.value().us() ? "portal.yes" : "portal.no")).setHeader(getTranslation("portal.experience.us"));
            grid.addColumn(e -> Labels.date(this, e.value().start()) + " – " + (e.value().end() == null
                    ? getTranslation("portal.ongoing") : Labels.date(this, e.value().end())))
                    .setHeader(getTranslation("portal.dates")).setAutoWidth(true);
        }

        @Override
        void buildForm(FormLayout form, Binder<ExperienceForm> binder) {
            ComboBox<ClinicalKind> kind = choice(this, "portal.experience.kind", ClinicalKind.values());
            ComboBox<Specialty> specialty = choice(this, "portal.experience.specialty", Specialty.values());
            TextField institution = new TextField(getTranslation("portal.experience.institution"));
            institution.setMaxLength(200);
            ComboBox<Setting> setting = choice(this, "portal.experience.setting", Setting.values());
            Checkbox us = new Checkbox(getTranslation("portal.experience.us"));
            DatePicker start = date(this, "portal.start");
            DatePicker end = date(this, "portal.end");
            end.setHelperText(getTranslation("portal.end.help"));
            TextField supervisor = new TextField(getTranslation("portal.experience.supervisor"));
            supervisor.setMaxLength(200);
            binder.forField(kind).asRequired(required(this)).bind("kind");
            binder.forField(specialty).asRequired(required(this)).bind("specialty");
            binder.forField(institution).bind("institution");
            binder.forField(setting).bind("setting");
            binder.forField(us).bind("us");
            binder.forField(start).asRequired(required(this)).bind("start");
            binder.forField(end).withValidator(EntryRules.notBefore(start), getTranslation("portal.end.beforeStart"))
                    .bind("end");
            binder.forField(supervisor).bind("supervisor");
            form.add(kind, specialty, institution, setting, start, end, supervisor, us);
        }
    }

    /** Letters of recommendation and their status (the advisor's rating is not the applicant's to set). */
    static final class LetterSection extends EntrySection<Letter, LetterForm> {

        /** A new letter starts US, academic, waived and IDENTIFIED. */
        private static final FormMapping<Letter, LetterForm> FORMS = new FormMapping<>(LetterForm.class,
                () -> new LetterForm("", null, true, true, LetterStatus.IDENTIFIED, null, true, null), LetterForm::of,
                LetterForm::toRecord);

        LetterSection(Consumer<ApplicantProfile> host) {
            super(ProfileList.LETTERS, FORMS, "letter", host);
        }

        @Override
        void columns(Grid<Entry<Letter>> grid) {
            grid.addColumn(e -> e.value().writer()).setHeader(getTranslation("portal.letter.writer")).setAutoWidth(true);
            grid.addColumn(e -> Labels.of(this, e.value().specialty())).setHeader(getTranslation("portal.letter.specialty"));
            grid.addColumn(e -> Labels.of(this, e.value().status())).setHeader(getTranslation("portal.letter.status"));
            grid.addColumn(e -> Labels.date(this, e.value().dueDate())).setHeader(getTranslation("portal.letter.dueDate"));
        }

        @Override
        void buildForm(FormLayout form, Binder<LetterForm> binder) {
            TextField writer = new TextField(getTranslation("portal.letter.writer"));
            writer.setMaxLength(200);
            ComboBox<Specialty> specialty = choice(this, "portal.letter.specialty", Specialty.values());
            ComboBox<LetterStatus> status = choice(this, "portal.letter.status", LetterStatus.values());
            DatePicker date = date(this, "portal.letter.date");
            DatePicker due = date(this, "portal.letter.dueDate");
            Checkbox us = new Checkbox(getTranslation("portal.letter.us"));
            Checkbox academic = new Checkbox(getTranslation("portal.letter.academic"));
            Checkbox waived = new Checkbox(getTranslation("portal.letter.waived"));
            binder.forField(writer).asRequired(required(this)).bind("writer");
            binder.forField(specialty).asRequired(required(this)).bind("specialty");
            binder.forField(status).asRequired(required(this)).bind("status");
            binder.forField(date).bind("date");
            binder.forField(due).bind("dueDate");
            binder.forField(us).bind("us");
            binder.forField(academic).bind("academic");
            binder.forField(waived).bind("waived");
            form.add(writer, specialty, status, date, due, us, academic, waived);
        }
    }

    /** Timeline entries (education, work, research, ...). */
    static final class TimelineSection extends EntrySection<TimelineEntry, TimelineForm> {

        /** The timeline form keeps a leave's stored reason ({@code was}), which applicants neither see nor set. */
        private static final FormMapping<TimelineEntry, TimelineForm> FORMS = new FormMapping<>(TimelineForm.class,
                () -> new TimelineForm(null, "", null, null, true), TimelineForm::of, TimelineForm::toRecord);

        TimelineSection(Consumer<ApplicantProfile> host) {
            super(ProfileList.TIMELINE, FORMS, "timeline", host);
        }

        @Override
        void columns(Grid<Entry<TimelineEntry>> grid) {
            grid.addColumn(e -> Labels.of(this, e.value().kind())).setHeader(getTranslation("portal.timeline.kind")).setAutoWidth(true);
            grid.addColumn(e -> Objects.toString(e.value().title(), "")).setHeader(getTranslation("portal.timeline.title"));
            grid.addColumn(e -> Labels.date(this, e.value().start()) + " – " + (e.value().end() == null
                    ? getTranslation("portal.ongoing") : Labels.date(this, e.value().end())))
                    .setHeader(getTranslation("portal.dates")).setAutoWidth(true);
        }

        @Override
        void buildForm(FormLayout form, Binder<TimelineForm> binder) {
            ComboBox<TimelineKind> kind = choice(this, "portal.timeline.kind", TimelineKind.values());
            TextField title = new TextField(getTranslation("portal.timeline.title"));
            title.setMaxLength(200);
            DatePicker start = date(this, "portal.start");
            DatePicker end = date(this, "portal.end");
            end.setHelperText(getTranslation("portal.end.help"));
            Checkbox fullTime = new Checkbox(getTranslation("portal.timeline.fullTime"));
            binder.forField(kind).asRequired(required(this)).bind("kind");
            binder.forField(title).bind("title");
            binder.forField(start).asRequired(required(this)).bind("start");
            binder.forField(end).withValidator(EntryRules.notBefore(start), getTranslation("portal.end.beforeStart"))
                    .bind("end");
            binder.forField(fullTime).bind("fullTime");
            form.add(kind, title, start, end, fullTime);
        }
    }

    /** Program applications of the current cycle (the record's match year), per specialty. */
    static final class ApplicationSection extends EntrySection<SpecialtyApplication, ApplicationForm> {

        /** The current cycle's applications, in the record's list of cycles (a missing cycle is added on save). */
        private static final ProfileList<SpecialtyApplication> CURRENT_CYCLE = new ProfileList<>("cycles",
                ApplicationSection::applications, ApplicationSection::withApplications);

        private static final FormMapping<SpecialtyApplication, ApplicationForm> FORMS = new FormMapping<>(
                ApplicationForm.class, () -> new ApplicationForm(null, null, null, null, null, null), ApplicationForm::of,
                (form, was) -> form.toRecord());

        ApplicationSection(Consumer<ApplicantProfile> host) {
            super(CURRENT_CYCLE, FORMS, "application", host);
        }

        private static int year(ApplicantProfile p) {
            return p.matchYear() == null ? 0 : p.matchYear();
        }

        private static int cycleIndex(ApplicantProfile p) {
            for (int i = 0; i < p.cycles().size(); i++) {
                if (p.cycles().get(i).matchYear() == year(p)) {
                    return i;
                }
            }
            return -1;
        }

        @Override
        String reference(int index) {
            return "cycles[" + cycleIndex(record().profile()) + "]";
        }

        private static List<SpecialtyApplication> applications(ApplicantProfile p) {
            int i = cycleIndex(p);
            return i < 0 ? List.of() : p.cycles().get(i).specialties();
        }

        private static ApplicantProfile withApplications(ApplicantProfile p, List<SpecialtyApplication> items) {
            List<Cycle> cycles = new ArrayList<>(p.cycles());
            int i = cycleIndex(p);
            if (i < 0) {
                cycles.add(new Cycle(year(p), CycleOutcome.IN_PROGRESS, items));
            } else {
                Cycle c = cycles.get(i);
                cycles.set(i, new Cycle(c.matchYear(), c.outcome(), items, c.feedback()));
            }
            return p.toBuilder().cycles(cycles).build();
        }

        @Override
        void columns(Grid<Entry<SpecialtyApplication>> grid) {
            grid.addColumn(e -> Labels.of(this, e.value().specialty())).setHeader(getTranslation("portal.application.specialty")).setAutoWidth(true);
            grid.addColumn(e -> e.value().programsApplied()).setHeader(getTranslation("portal.application.programs"));
            grid.addColumn(e -> e.value().interviews() == null ? "" : e.value().interviews().toString())
                    .setHeader(getTranslation("portal.application.interviews"));
        }

        @Override
        void buildForm(FormLayout form, Binder<ApplicationForm> binder) {
            ComboBox<Specialty> specialty = choice(this, "portal.application.specialty", Specialty.values());
            IntegerField programs = new IntegerField(getTranslation("portal.application.programs"));
            IntegerField interviews = new IntegerField(getTranslation("portal.application.interviews"));
            IntegerField reach = new IntegerField(getTranslation("portal.application.reach"));
            IntegerField target = new IntegerField(getTranslation("portal.application.target"));
            IntegerField safety = new IntegerField(getTranslation("portal.application.safety"));
            String nonNegative = getTranslation("portal.form.nonNegative");
            binder.forField(specialty).asRequired(required(this)).bind("specialty");
            binder.forField(programs).asRequired(required(this)).withValidator(n -> n >= 0, nonNegative).bind("programsApplied");
            binder.forField(interviews).withValidator(n -> n == null || n >= 0, nonNegative).bind("interviews");
            binder.forField(reach).withValidator(n -> n == null || n >= 0, nonNegative).bind("reach");
            binder.forField(target).withValidator(n -> n == null || n >= 0, nonNegative).bind("target");
            binder.forField(safety).withValidator(n -> n == null || n >= 0, nonNegative).bind("safety");
            form.add(specialty, programs, interviews, reach, target, safety);
        }
    }
}
