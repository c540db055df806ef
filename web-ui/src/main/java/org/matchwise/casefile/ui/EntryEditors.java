package org.matchwise.casefile.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
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
import org.matchwise.applicant.ui.EntryForms.PracticeForm;
import org.matchwise.applicant.ui.EntryRules;
import org.matchwise.applicant.ui.FormMapping;
import org.matchwise.applicant.ui.ProfileList;
import org.matchwise.casefile.ui.CaseForms.LetterForm;
import org.matchwise.casefile.ui.CaseForms.TimelineForm;
import org.matchwise.casefile.ui.CaseView.Entry;

/**
 * The case view's five entry editors. Choices are {@link Select}s checked by a validator rather than marked
 * required: the required marker puts aria-required on the select's value button (role=button), which axe-core
 * reports as a critical ARIA error.
 */
final class EntryEditors {

    private static final int MAX_TEXT = 500;

    private EntryEditors() {
    }

    static <E extends Enum<E>> Select<E> choice(CaseView host, String labelKey, E[] values) {
        Select<E> select = new Select<>();
        select.setLabel(host.t(labelKey));
        select.setItems(values);
        select.setItemLabelGenerator(host::label);
        return select;
    }

    static DatePicker date(CaseView host, String labelKey) {
        DatePicker picker = new DatePicker(host.t(labelKey));
        return picker;
    }

    static TextField text(CaseView host, String labelKey) {
        TextField field = new TextField(host.t(labelKey));
        field.setMaxLength(MAX_TEXT);
        return field;
    }

    /** "Sep 1, 2025 – Nov 30, 2025": a narrow column breaks the line after the dash only. */
    static String range(CaseView host, java.time.LocalDate start, java.time.LocalDate end) {
        return host.date(start).replace(' ', '\u00a0') + " – "
                + (end == null ? host.t("casefile.ongoing") : host.date(end)).replace(' ', '\u00a0');
    }

    /** An end date, if given, on or after the start, checked again when the start changes. */
    static void endNotBeforeStart(CaseView host, Binder<?> binder, DatePicker start, DatePicker end, String property) {
        var binding = binder.forField(end)
                .withValidator(EntryRules.notBefore(start), host.t("casefile.entry.endBeforeStart"))
                .bind(property);
        start.addValueChangeListener(e -> {
            if (end.getValue() != null) {
                binding.validate();
            }
        });
    }

    /** Exam attempts: exam, date, outcome and an optional score within the exam's scale. */
    static final class ExamEditor extends EntryEditor<ExamAttempt, ExamForm> {

        Select<Exam> exam;
        DatePicker date;
        Select<ExamOutcome> outcome;
        IntegerField score;

        ExamEditor(CaseView host) {
            super(host, ProfileList.EXAMS, FormMapping.EXAM, "casefile.exams", "casefile.exams.noAttempts");
        }

        @Override
        void columns(Grid<Entry<ExamAttempt>> grid) {
            grid.addColumn(e -> host.label(e.value().exam())).setHeader(host.t("casefile.exams.exam")).setWidth("9em")
                    .setFlexGrow(2);
            grid.addColumn(e -> host.date(e.value().date())).setHeader(host.t("casefile.exams.date")).setWidth("7em");
            grid.addColumn(e -> host.label(e.value().outcome())).setHeader(host.t("casefile.exams.outcome")).setWidth("5.5em");
            grid.addColumn(e -> e.value().score() == null ? "" : e.value().score().toString())
                    .setHeader(host.t("casefile.exams.score")).setWidth("4.5em");
            grid.addColumn(e -> {
                int n = host.file.record().profile().attemptNumber(e.index());
                return n == 0 ? "" : String.valueOf(n);
            }).setHeader(host.t("casefile.exams.attempt")).setWidth("4.5em");
        }

        @Override
        void buildForm(FormLayout fields, Binder<ExamForm> binder) {
            exam = choice(host, "casefile.exams.exam", Exam.values());
            date = date(host, "casefile.exams.date");
            outcome = choice(host, "casefile.exams.outcome", ExamOutcome.values());
            score = new IntegerField(host.t("casefile.exams.score"));
            score.setHelperText(host.t("casefile.exams.scoreHelp"));
            binder.forField(exam).withValidator(Objects::nonNull, host.t("casefile.required")).bind("exam");
            binder.forField(date).asRequired(host.t("casefile.required")).bind("date");
            binder.forField(outcome).withValidator(Objects::nonNull, host.t("casefile.required")).bind("outcome");
            binder.forField(score)
                    .withValidator(EntryRules.withinScale(exam), host.t("casefile.exams.scoreRange"))
                    .withValidator(EntryRules.noScoreWhenScheduled(outcome), host.t("casefile.exams.scoreScheduled"))
                    .bind("score");
            fields.add(exam, date, outcome, score);
        }
    }

    /** Practice scores: exam, form name, date and the predicted score. */
    static final class PracticeEditor extends EntryEditor<PracticeAssessment, PracticeForm> {

        Select<Exam> exam;
        TextField form;
        DatePicker date;
        IntegerField predicted;

        PracticeEditor(CaseView host) {
            super(host, ProfileList.PRACTICE, FormMapping.PRACTICE, "casefile.practice", "casefile.practice.empty");
        }

        @Override
        void columns(Grid<Entry<PracticeAssessment>> grid) {
            grid.addColumn(e -> host.label(e.value().exam())).setHeader(host.t("casefile.exams.exam")).setWidth("9em")
                    .setFlexGrow(2);
            grid.addColumn(e -> e.value().form()).setHeader(host.t("casefile.exams.form")).setWidth("6em");
            grid.addColumn(e -> host.date(e.value().date())).setHeader(host.t("casefile.exams.date")).setWidth("7em");
            grid.addColumn(e -> e.value().predictedScore() == null ? "" : e.value().predictedScore().toString())
                    .setHeader(host.t("casefile.exams.predicted")).setWidth("5em");
        }

        @Override
        void buildForm(FormLayout fields, Binder<PracticeForm> binder) {
            exam = choice(host, "casefile.exams.exam", Exam.values());
            form = text(host, "casefile.exams.form");
            form.setHelperText(host.t("casefile.practice.formHelp"));
            date = date(host, "casefile.exams.date");
            predicted = new IntegerField(host.t("casefile.exams.predicted"));
            binder.forField(exam).withValidator(Objects::nonNull, host.t("casefile.required")).bind("exam");
            binder.forField(form).asRequired(host.t("casefile.required")).bind("form");
            binder.forField(date).asRequired(host.t("casefile.required")).bind("date");
            binder.forField(predicted)
                    .withValidator(EntryRules.withinScale(exam), host.t("casefile.exams.scoreRange"))
                    .bind("predictedScore");
            fields.add(exam, form, date, predicted);
        }
    }

    /** Clinical experiences; letters that point to a removed experience lose the link, later ones follow it. */
    static final class ExperienceEditor extends EntryEditor<ClinicalExperience, ExperienceForm> {

        Select<ClinicalKind> kind;
        Select<Specialty> specialty;
        TextField institution;
        Select<Setting> setting;
        Checkbox us;
        DatePicker start;
        DatePicker end;
        TextField supervisor;

        ExperienceEditor(CaseView host) {
            super(host, ProfileList.EXPERIENCES, FormMapping.EXPERIENCE, "casefile.usce", "casefile.usce.empty");
        }

        @Override
        ApplicantProfile afterRemoval(ApplicantProfile p, int index) {
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
        void columns(Grid<Entry<ClinicalExperience>> grid) {
            grid.addColumn(e -> host.label(e.value().kind())).setHeader(host.t("casefile.usce.kind")).setWidth("6em");
            grid.addColumn(e -> host.label(e.value().specialty())).setHeader(host.t("casefile.usce.specialty")).setWidth("7em");
            grid.addColumn(e -> e.value().institution()).setHeader(host.t("casefile.usce.institution")).setWidth("7em")
                    .setFlexGrow(2);
            grid.addColumn(e -> e.value().us() ? host.t("casefile.yes") : host.t("casefile.no")).setHeader(host.t("casefile.usce.us"))
                    .setWidth("4.5em");
            grid.addColumn(e -> range(host, e.value().start(), e.value().end()))
                    .setHeader(host.t("casefile.usce.dates")).setWidth("8em").setFlexGrow(2);
        }

        @Override
        void buildForm(FormLayout fields, Binder<ExperienceForm> binder) {
            kind = choice(host, "casefile.usce.kind", ClinicalKind.values());
            specialty = choice(host, "casefile.usce.specialty", Specialty.values());
            institution = text(host, "casefile.usce.institution");
            setting = choice(host, "casefile.usce.setting", Setting.values());
            setting.setEmptySelectionAllowed(true);
            setting.setEmptySelectionCaption(host.t("casefile.usce.settingUnknown"));
            us = new Checkbox(host.t("casefile.usce.us"));
            start = date(host, "casefile.usce.start");
            end = date(host, "casefile.usce.end");
            end.setHelperText(host.t("casefile.usce.endHelp"));
            supervisor = text(host, "casefile.usce.supervisor");
            binder.forField(kind).withValidator(Objects::nonNull, host.t("casefile.required")).bind("kind");
            binder.forField(specialty).withValidator(Objects::nonNull, host.t("casefile.required")).bind("specialty");
            binder.forField(institution).bind("institution");
            binder.forField(setting).bind("setting");
            binder.forField(us).bind("us");
            binder.forField(start).asRequired(host.t("casefile.required")).bind("start");
            endNotBeforeStart(host, binder, start, end, "end");
            binder.forField(supervisor).bind("supervisor");
            fields.add(kind, specialty, institution, setting, start, end, supervisor, us);
        }
    }

    /** Letters of recommendation, with the advisor's strength rating. */
    static final class LetterEditor extends EntryEditor<Letter, LetterForm> {

        /** A new letter starts US, academic and waived, its status and strength not yet chosen. */
        private static final FormMapping<Letter, LetterForm> FORMS = new FormMapping<>(LetterForm.class,
                () -> new LetterForm("", null, true, true, null, null, null, true, null), LetterForm::of,
                LetterForm::toRecord);

        TextField writer;
        Select<Specialty> specialty;
        Select<LetterStatus> status;
        Select<LetterStrength> strength;
        DatePicker date;
        DatePicker due;
        Checkbox us;
        Checkbox academic;
        Checkbox waived;

        LetterEditor(CaseView host) {
            super(host, ProfileList.LETTERS, FORMS, "casefile.letters", "casefile.letters.empty");
        }

        @Override
        void columns(Grid<Entry<Letter>> grid) {
            grid.addColumn(e -> e.value().writer()).setHeader(host.t("casefile.letters.writer")).setWidth("8em").setFlexGrow(2);
            grid.addColumn(e -> host.label(e.value().specialty())).setHeader(host.t("casefile.letters.specialty")).setWidth("7em");
            grid.addColumn(e -> host.label(e.value().status())).setHeader(host.t("casefile.letters.status")).setWidth("6em");
            grid.addColumn(e -> e.value().strength() == null ? host.t("casefile.letters.notRated") : host.label(e.value().strength()))
                    .setHeader(host.t("casefile.letters.strength")).setWidth("5.5em");
            grid.addColumn(e -> e.value().waived() ? host.t("casefile.letters.waived") : host.t("casefile.letters.notWaived"))
                    .setHeader(host.t("casefile.letters.waiver")).setWidth("5.5em");
        }

        @Override
        void buildForm(FormLayout fields, Binder<LetterForm> binder) {
            writer = text(host, "casefile.letters.writer");
            specialty = choice(host, "casefile.letters.specialty", Specialty.values());
            status = choice(host, "casefile.letters.status", LetterStatus.values());
            strength = choice(host, "casefile.letters.strength", LetterStrength.values());
            strength.setEmptySelectionAllowed(true);
            strength.setEmptySelectionCaption(host.t("casefile.letters.notRated"));
            date = date(host, "casefile.letters.date");
            due = date(host, "casefile.letters.due");
            us = new Checkbox(host.t("casefile.letters.us"));
            academic = new Checkbox(host.t("casefile.letters.academic"));
            waived = new Checkbox(host.t("casefile.letters.waivedBox"));
            binder.forField(writer).asRequired(host.t("casefile.required")).bind("writer");
            binder.forField(specialty).withValidator(Objects::nonNull, host.t("casefile.required")).bind("specialty");
            binder.forField(status).withValidator(Objects::nonNull, host.t("casefile.required")).bind("status");
            binder.forField(strength).bind("strength");
            binder.forField(date).bind("date");
            binder.forField(due).bind("dueDate");
            binder.forField(us).bind("us");
            binder.forField(academic).bind("academic");
            binder.forField(waived).bind("waived");
            fields.add(writer, specialty, status, strength, date, due);
            fields.add(us, academic, waived);
        }
    }

    /** Timeline entries (education, work, research, leaves, ...); a leave has a reason, only advisors see it. */
    static final class TimelineEditor extends EntryEditor<TimelineEntry, TimelineForm> {

        private static final FormMapping<TimelineEntry, TimelineForm> FORMS = new FormMapping<>(TimelineForm.class,
                () -> new TimelineForm(null, "", null, null, null, true), TimelineForm::of, (form, was) -> form.toRecord());

        Select<TimelineKind> kind;
        TextField title;
        Select<LeaveReason> reason;
        DatePicker start;
        DatePicker end;
        Checkbox fullTime;

        TimelineEditor(CaseView host) {
            super(host, ProfileList.TIMELINE, FORMS, "casefile.timeline", "casefile.timeline.listEmpty");
        }

        @Override
        void columns(Grid<Entry<TimelineEntry>> grid) {
            grid.addColumn(e -> host.label(e.value().kind())).setHeader(host.t("casefile.timeline.kind")).setWidth("7em");
            grid.addColumn(e -> (e.value().title() == null ? "" : e.value().title())
                    + (e.value().reason() == null ? "" : " (" + host.label(e.value().reason()) + ")"))
                    .setHeader(host.t("casefile.timeline.title")).setWidth("8em").setFlexGrow(2);
            grid.addColumn(e -> range(host, e.value().start(), e.value().end()))
                    .setHeader(host.t("casefile.usce.dates")).setWidth("8em").setFlexGrow(2);
            grid.addColumn(e -> e.value().fullTime() ? host.t("casefile.yes") : host.t("casefile.no"))
                    .setHeader(host.t("casefile.timeline.fullTime")).setWidth("4.5em").setFlexGrow(0);
        }

        @Override
        void buildForm(FormLayout fields, Binder<TimelineForm> binder) {
            kind = choice(host, "casefile.timeline.kind", TimelineKind.values());
            title = text(host, "casefile.timeline.title");
            reason = choice(host, "casefile.timeline.reason", LeaveReason.values());
            reason.setHelperText(host.t("casefile.timeline.reasonHelp"));
            start = date(host, "casefile.usce.start");
            end = date(host, "casefile.usce.end");
            end.setHelperText(host.t("casefile.usce.endHelp"));
            fullTime = new Checkbox(host.t("casefile.timeline.fullTime"));
            binder.forField(kind).withValidator(Objects::nonNull, host.t("casefile.required")).bind("kind");
            binder.forField(title).bind("title");
            binder.forField(reason).bind("reason");
            binder.forField(start).asRequired(host.t("casefile.required")).bind("start");
            endNotBeforeStart(host, binder, start, end, "end");
            binder.forField(fullTime).bind("fullTime");
            kind.addValueChangeListener(e -> leaveOnly());
            fields.add(kind, title, reason, start, end, fullTime);
            leaveOnly();
        }

        /** The reason belongs to a leave of absence only. */
        private void leaveOnly() {
            boolean leave = kind.getValue() == TimelineKind.LEAVE_OF_ABSENCE;
            reason.setVisible(leave);
            if (!leave) {
                reason.clear();
            }
        }
    }
}
