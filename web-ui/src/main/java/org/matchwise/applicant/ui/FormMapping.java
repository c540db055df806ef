package org.matchwise.applicant.ui;

import com.vaadin.flow.function.SerializableBiFunction;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.function.SerializableSupplier;
import java.io.Serializable;
import org.matchwise.applicant.ClinicalExperience;
import org.matchwise.applicant.ExamAttempt;
import org.matchwise.applicant.PracticeAssessment;
import org.matchwise.applicant.ui.EntryForms.ExamForm;
import org.matchwise.applicant.ui.EntryForms.ExperienceForm;
import org.matchwise.applicant.ui.EntryForms.PracticeForm;

/**
 * How an entry editor fills its form record from an entry and back. The mappings of the forms both sides share are
 * here; the case view and the portal each make their own for the forms that differ (letters, timeline entries).
 *
 * @param formClass the form record the Binder binds
 * @param emptyForm the form of a new entry
 * @param toForm    the form of an existing entry
 * @param fromForm  the entry from the form and the entry being edited (null for a new one)
 * @param <R>       the core record of an entry
 * @param <F>       the form record
 */
public record FormMapping<R, F>(Class<F> formClass, SerializableSupplier<F> emptyForm, SerializableFunction<R, F> toForm,
        SerializableBiFunction<F, R, R> fromForm) implements Serializable {

    public static final FormMapping<ExamAttempt, ExamForm> EXAM = new FormMapping<>(ExamForm.class,
            () -> new ExamForm(null, null, null, null), ExamForm::of, (form, was) -> form.toRecord());

    public static final FormMapping<PracticeAssessment, PracticeForm> PRACTICE = new FormMapping<>(PracticeForm.class,
            () -> new PracticeForm(null, "", null, null), PracticeForm::of, (form, was) -> form.toRecord());

    public static final FormMapping<ClinicalExperience, ExperienceForm> EXPERIENCE = new FormMapping<>(
            ExperienceForm.class, () -> new ExperienceForm(null, null, "", null, true, null, null, ""),
            ExperienceForm::of, (form, was) -> form.toRecord());

    /** The form of a new entry. */
    public F empty() {
        return emptyForm.get();
    }

    /** The form of {@code value}. */
    public F formOf(R value) {
        return toForm.apply(value);
    }

    /** The entry from {@code form}; {@code was} is the entry being edited (null for a new one). */
    public R entryOf(F form, R was) {
        return fromForm.apply(form, was);
    }
}
