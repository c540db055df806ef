package org.matchwise.applicant;

import java.util.List;
import java.util.Map;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * One entry of a record (a core record such as {@link ExamAttempt}) as JSON text and back, for what an entry request
 * keeps of the entry it concerns. Jackson binds the core records through their canonical constructors, so a stored
 * value passes the same checks as a new one.
 */
final class EntryJson {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    /** The profile lists by name, with the type of their entries. */
    static final Map<String, Class<?>> SECTIONS = Map.of("exams", ExamAttempt.class, "practiceAssessments",
            PracticeAssessment.class, "clinicalExperiences", ClinicalExperience.class, "letters", Letter.class,
            "timeline", TimelineEntry.class, "academicEvents", AcademicEvent.class, "professionalismEvents",
            ProfessionalismEvent.class, "cycles", Cycle.class);

    private EntryJson() {
    }

    static String write(Object entry) {
        return JSON.writeValueAsString(entry);
    }

    static Object read(String section, String json) {
        Class<?> type = SECTIONS.get(section);
        if (type == null) {
            throw new IllegalArgumentException("no profile list " + section);
        }
        return JSON.readValue(json, type);
    }

    /** The entries of {@code section} in {@code profile}. */
    static List<?> list(ApplicantProfile profile, String section) {
        return switch (section) {
            case "exams" -> profile.exams();
            case "practiceAssessments" -> profile.practiceAssessments();
            case "clinicalExperiences" -> profile.clinicalExperiences();
            case "letters" -> profile.letters();
            case "timeline" -> profile.timeline();
            case "academicEvents" -> profile.academicEvents();
            case "professionalismEvents" -> profile.professionalismEvents();
            case "cycles" -> profile.cycles();
            default -> throw new IllegalArgumentException("no profile list " + section);
        };
    }

    /** {@code profile} with {@code section} holding {@code entries} (of that section's type). */
    @SuppressWarnings("unchecked")
    static ApplicantProfile with(ApplicantProfile profile, String section, List<?> entries) {
        var b = profile.toBuilder();
        switch (section) {
            case "exams" -> b.exams((List<ExamAttempt>) entries);
            case "practiceAssessments" -> b.practiceAssessments((List<PracticeAssessment>) entries);
            case "clinicalExperiences" -> b.clinicalExperiences((List<ClinicalExperience>) entries);
            case "letters" -> b.letters((List<Letter>) entries);
            case "timeline" -> b.timeline((List<TimelineEntry>) entries);
            case "academicEvents" -> b.academicEvents((List<AcademicEvent>) entries);
            case "professionalismEvents" -> b.professionalismEvents((List<ProfessionalismEvent>) entries);
            case "cycles" -> b.cycles((List<Cycle>) entries);
            default -> throw new IllegalArgumentException("no profile list " + section);
        }
        return b.build();
    }
}
