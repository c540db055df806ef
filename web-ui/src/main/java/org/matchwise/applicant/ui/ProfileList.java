package org.matchwise.applicant.ui;

import com.vaadin.flow.function.SerializableBiFunction;
import com.vaadin.flow.function.SerializableFunction;
import java.io.Serializable;
import java.util.List;
import org.matchwise.applicant.ApplicantProfile;
import org.matchwise.applicant.ClinicalExperience;
import org.matchwise.applicant.ExamAttempt;
import org.matchwise.applicant.Letter;
import org.matchwise.applicant.PracticeAssessment;
import org.matchwise.applicant.TimelineEntry;

/**
 * One of an applicant profile's lists of entries, as the case view's and the portal's entry editors read and replace
 * it.
 *
 * @param section   the record's list, as in entry references ("exams")
 * @param items     the list's entries in a profile
 * @param withItems a profile with the list's entries replaced
 * @param <R>       the core record of an entry
 */
public record ProfileList<R>(String section, SerializableFunction<ApplicantProfile, List<R>> items,
        SerializableBiFunction<ApplicantProfile, List<R>, ApplicantProfile> withItems) implements Serializable {

    public static final ProfileList<ExamAttempt> EXAMS = new ProfileList<>("exams", ApplicantProfile::exams,
            (p, items) -> p.toBuilder().exams(items).build());

    public static final ProfileList<PracticeAssessment> PRACTICE = new ProfileList<>("practiceAssessments",
            ApplicantProfile::practiceAssessments, (p, items) -> p.toBuilder().practiceAssessments(items).build());

    public static final ProfileList<ClinicalExperience> EXPERIENCES = new ProfileList<>("clinicalExperiences",
            ApplicantProfile::clinicalExperiences, (p, items) -> p.toBuilder().clinicalExperiences(items).build());

    public static final ProfileList<Letter> LETTERS = new ProfileList<>("letters", ApplicantProfile::letters,
            (p, items) -> p.toBuilder().letters(items).build());

    public static final ProfileList<TimelineEntry> TIMELINE = new ProfileList<>("timeline", ApplicantProfile::timeline,
            (p, items) -> p.toBuilder().timeline(items).build());

    /** The list's entries in {@code profile}. */
    public List<R> in(ApplicantProfile profile) {
        return items.apply(profile);
    }

    /** {@code profile} with the list's entries replaced. */
    public ApplicantProfile replaced(ApplicantProfile profile, List<R> entries) {
        return withItems.apply(profile, entries);
    }
}
