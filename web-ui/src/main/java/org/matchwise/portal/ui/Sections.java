package org.matchwise.portal.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.binder.Binder;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.matchwise.applicant.ApplicantProfile;
import org.matchwise.applicant.Cycle;
import org.matchwise.applicant.CycleOutcome;
import org.matchwise.applicant.Specialty;
import org.matchwise.applicant.SpecialtyApplication;
import org.matchwise.applicant.ui.FormMapping;
import org.matchwise.applicant.ui.ProfileList;
import org.matchwise.portal.ui.Forms.ApplicationForm;

/**
 * "My progress"'s list of this season's program applications ({@link EntrySection}); the record's five entry lists use
 * the editors the advisor uses too ({@link org.matchwise.applicant.ui.EntryEditor}), in the applicant's role.
 */
final class Sections {

    private Sections() {
    }

    static <E extends Enum<E>> ComboBox<E> choice(EntrySection<?, ?> owner, String labelKey, E[] values) {
        ComboBox<E> box = new ComboBox<>(owner.getTranslation(labelKey));
        box.setItems(values);
        box.setItemLabelGenerator(v -> Labels.of(owner, v));
        return box;
    }

    static String required(EntrySection<?, ?> owner) {
        return owner.getTranslation("portal.form.required");
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
