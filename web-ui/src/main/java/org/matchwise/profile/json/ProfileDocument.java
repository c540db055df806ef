package org.matchwise.profile.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.matchwise.applicant.AcademicEvent;
import org.matchwise.applicant.AcademicKind;
import org.matchwise.applicant.ApplicantProfile;
import org.matchwise.applicant.ApplicantType;
import org.matchwise.applicant.ClinicalExperience;
import org.matchwise.applicant.ClinicalKind;
import org.matchwise.applicant.Cycle;
import org.matchwise.applicant.CycleOutcome;
import org.matchwise.applicant.Exam;
import org.matchwise.applicant.ExamAttempt;
import org.matchwise.applicant.ExamOutcome;
import org.matchwise.applicant.LeaveReason;
import org.matchwise.applicant.Letter;
import org.matchwise.applicant.LetterStatus;
import org.matchwise.applicant.LetterStrength;
import org.matchwise.applicant.PracticeAssessment;
import org.matchwise.applicant.ProfessionalismEvent;
import org.matchwise.applicant.Setting;
import org.matchwise.applicant.Specialty;
import org.matchwise.applicant.SpecialtyApplication;
import org.matchwise.applicant.Tier;
import org.matchwise.applicant.TimelineEntry;
import org.matchwise.applicant.TimelineKind;
import org.matchwise.applicant.Visa;
import org.matchwise.applicant.persistence.AcademicEventEntity;
import org.matchwise.applicant.persistence.ApplicantEntity;
import org.matchwise.applicant.persistence.ClinicalExperienceEntity;
import org.matchwise.applicant.persistence.CycleEntity;
import org.matchwise.applicant.persistence.LetterEntity;
import org.matchwise.applicant.persistence.PracticeAssessmentEntity;
import org.matchwise.applicant.persistence.ProfessionalismEventEntity;
import org.matchwise.applicant.persistence.TimelineEntryEntity;

/**
 * The applicant profile of profile-format.md as JSON on the wire: read by Jackson data binding
 * ({@link ProblemCollectingReader}), checked by the Bean Validation constraints written here, mapped to core's
 * {@link ApplicantProfile} by {@link ProfileJson}; written from a profile by {@link #of}. Absent optional values are
 * left out when written; lists are always written (empty when there is nothing).
 *
 * <p>What a constraint cannot say is checked by {@link ProfileJson}: list lengths (a configured limit), a leave
 * reason on a non-leave entry, a letter's link to a missing experience, and what core's value objects refuse.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"externalId", "name", "email", "applicantType", "visa", "medicalSchool", "matriculationDate",
    "graduationDate", "targetSpecialties", "matchYear", "exams", "practiceAssessments", "clinicalExperiences",
    "letters", "timeline", "academicEvents", "professionalismEvents", "cycles"})
@Schema(name = "ApplicantProfile", description = "One applicant's record (profile-format.md). Unknown fields are"
        + " rejected by name; lists may be empty or absent.")
public record ProfileDocument(
        @NotNull(message = REQUIRED) @Text(entity = ApplicantEntity.class, field = "externalId", notBlank = true)
        String externalId,
        @NotNull(message = REQUIRED) @Valid NameJson name,
        @Text(entity = ApplicantEntity.class, field = "email")
        @Pattern(regexp = "\\s*|\\s*[^@\\s]+@[^@\\s]+\\.[^@\\s]+\\s*", message = "is not an email address")
        String email,
        @NotNull(message = REQUIRED) ApplicantType applicantType,
        @Schema(description = "NONE when absent") Visa visa,
        @Valid SchoolJson medicalSchool,
        @NotNull(message = REQUIRED) LocalDate matriculationDate,
        @NotNull(message = REQUIRED) LocalDate graduationDate,
        List<Specialty> targetSpecialties,
        @Between(min = ProfileDocument.MIN_YEAR, max = ProfileDocument.MAX_YEAR)
        @Schema(description = "the match year the applicant is preparing for") Integer matchYear,
        List<@NotNull(message = OBJECT) @Valid ExamJson> exams,
        List<@NotNull(message = OBJECT) @Valid PracticeJson> practiceAssessments,
        List<@NotNull(message = OBJECT) @Valid ClinicalJson> clinicalExperiences,
        List<@NotNull(message = OBJECT) @Valid LetterJson> letters,
        List<@NotNull(message = OBJECT) @Valid TimelineJson> timeline,
        List<@NotNull(message = OBJECT) @Valid AcademicJson> academicEvents,
        List<@NotNull(message = OBJECT) @Valid ProfessionalismJson> professionalismEvents,
        List<@NotNull(message = OBJECT) @Valid CycleJson> cycles) {

    static final String REQUIRED = "is required";
    static final String OBJECT = "must be a JSON object";
    static final int MIN_YEAR = 1950;
    static final int MAX_YEAR = 2100;
    static final int MAX_SCORE = 999;
    static final int MAX_COUNT = 10_000;

    @Schema(name = "ApplicantProfileName")
    @JsonPropertyOrder({"given", "family"})
    public record NameJson(
            @NotNull(message = REQUIRED) @Text(entity = ApplicantEntity.class, field = "givenName", notBlank = true)
            String given,
            @NotNull(message = REQUIRED) @Text(entity = ApplicantEntity.class, field = "familyName", notBlank = true)
            String family) {
    }

    @Schema(name = "ApplicantProfileMedicalSchool")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"name", "country"})
    public record SchoolJson(
            @NotNull(message = REQUIRED) @Text(entity = ApplicantEntity.class, field = "medicalSchoolName", notBlank = true)
            String name,
            @Text(entity = ApplicantEntity.class, field = "medicalSchoolCountry") String country) {
    }

    @Schema(name = "ApplicantProfileExam")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"exam", "date", "outcome", "score"})
    public record ExamJson(
            @NotNull(message = REQUIRED) Exam exam,
            @NotNull(message = REQUIRED) LocalDate date,
            @NotNull(message = REQUIRED) ExamOutcome outcome,
            @Between(min = 1, max = MAX_SCORE) Integer score) {
    }

    @Schema(name = "ApplicantProfilePracticeAssessment")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"exam", "form", "date", "predictedScore"})
    public record PracticeJson(
            @NotNull(message = REQUIRED) Exam exam,
            @NotNull(message = REQUIRED) @Text(entity = PracticeAssessmentEntity.class, field = "form", notBlank = true)
            String form,
            @NotNull(message = REQUIRED) LocalDate date,
            @Between(min = 1, max = MAX_SCORE) Integer predictedScore) {
    }

    @Schema(name = "ApplicantProfileClinicalExperience")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"kind", "specialty", "institution", "setting", "us", "start", "end", "supervisor"})
    public record ClinicalJson(
            @NotNull(message = REQUIRED) ClinicalKind kind,
            @NotNull(message = REQUIRED) Specialty specialty,
            @Text(entity = ClinicalExperienceEntity.class, field = "institution") String institution,
            Setting setting,
            @NotNull(message = REQUIRED) Boolean us,
            @NotNull(message = REQUIRED) LocalDate start,
            LocalDate end,
            @Text(entity = ClinicalExperienceEntity.class, field = "supervisor") String supervisor) {
    }

    @Schema(name = "ApplicantProfileLetter")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"writer", "specialty", "us", "academic", "status", "strength", "date", "waived", "dueDate",
        "linkedExperience"})
    public record LetterJson(
            @NotNull(message = REQUIRED) @Text(entity = LetterEntity.class, field = "writer", notBlank = true) String writer,
            @NotNull(message = REQUIRED) Specialty specialty,
            @NotNull(message = REQUIRED) Boolean us,
            Boolean academic,
            @NotNull(message = REQUIRED) LetterStatus status,
            LetterStrength strength,
            LocalDate date,
            Boolean waived,
            LocalDate dueDate,
            @Between(min = 0, max = MAX_COUNT) @Schema(description = "index into clinicalExperiences")
            Integer linkedExperience) {
    }

    @Schema(name = "ApplicantProfileTimelineEntry")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"kind", "title", "reason", "start", "end", "fullTime"})
    public record TimelineJson(
            @NotNull(message = REQUIRED) TimelineKind kind,
            @Text(entity = TimelineEntryEntity.class, field = "title") String title,
            @Schema(description = "only for a LEAVE_OF_ABSENCE entry") LeaveReason reason,
            @NotNull(message = REQUIRED) LocalDate start,
            LocalDate end,
            Boolean fullTime) {
    }

    @Schema(name = "ApplicantProfileAcademicEvent")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"kind", "subject", "date", "repeatedAndPassed", "description"})
    public record AcademicJson(
            @NotNull(message = REQUIRED) AcademicKind kind,
            @Text(entity = AcademicEventEntity.class, field = "subject") String subject,
            @NotNull(message = REQUIRED) LocalDate date,
            Boolean repeatedAndPassed,
            @Text(entity = AcademicEventEntity.class, field = "description") String description) {
    }

    @Schema(name = "ApplicantProfileProfessionalismEvent")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"date", "description", "formalRemediation", "inMspe"})
    public record ProfessionalismJson(
            @NotNull(message = REQUIRED) LocalDate date,
            @NotNull(message = REQUIRED)
            @Text(entity = ProfessionalismEventEntity.class, field = "description", notBlank = true) String description,
            Boolean formalRemediation,
            Boolean inMspe) {
    }

    @Schema(name = "ApplicantProfileCycle")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"matchYear", "outcome", "specialties", "feedback"})
    public record CycleJson(
            @NotNull(message = REQUIRED) @Between(min = MIN_YEAR, max = MAX_YEAR) Integer matchYear,
            @NotNull(message = REQUIRED) CycleOutcome outcome,
            List<@NotNull(message = OBJECT) @Valid SpecialtyApplicationJson> specialties,
            @Text(entity = CycleEntity.class, field = "feedback") String feedback) {
    }

    @Schema(name = "ApplicantProfileSpecialtyApplication")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"specialty", "programsApplied", "interviews", "programsPerTier"})
    public record SpecialtyApplicationJson(
            @NotNull(message = REQUIRED) Specialty specialty,
            @NotNull(message = REQUIRED) @Between(min = 0, max = MAX_COUNT) Integer programsApplied,
            @Between(min = 0, max = MAX_COUNT) Integer interviews,
            @Valid TiersJson programsPerTier) {
    }

    /** Programs applied to per tier: {@code {"REACH": 5, "TARGET": 20, "SAFETY": 10}}, each optional. */
    @Schema(name = "ApplicantProfileProgramsPerTier")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"REACH", "TARGET", "SAFETY"})
    public record TiersJson(
            @JsonProperty("REACH") @Between(min = 0, max = MAX_COUNT) Integer reach,
            @JsonProperty("TARGET") @Between(min = 0, max = MAX_COUNT) Integer target,
            @JsonProperty("SAFETY") @Between(min = 0, max = MAX_COUNT) Integer safety) {

        static TiersJson of(Map<Tier, Integer> tiers) {
            return tiers.isEmpty() ? null
                    : new TiersJson(tiers.get(Tier.REACH), tiers.get(Tier.TARGET), tiers.get(Tier.SAFETY));
        }
    }

    /** The profile as written: every list present, absent optional values left out. */
    public static ProfileDocument of(ApplicantProfile p) {
        return new ProfileDocument(p.externalId(), new NameJson(p.name().given(), p.name().family()), p.email(),
                p.applicantType(), p.visa(),
                p.medicalSchool() == null ? null : new SchoolJson(p.medicalSchool().name(), p.medicalSchool().country()),
                p.matriculationDate(), p.graduationDate(), List.copyOf(p.targetSpecialties()), p.matchYear(),
                p.exams().stream().map(ProfileDocument::exam).toList(),
                p.practiceAssessments().stream().map(ProfileDocument::practice).toList(),
                p.clinicalExperiences().stream().map(ProfileDocument::clinical).toList(),
                p.letters().stream().map(ProfileDocument::letter).toList(),
                p.timeline().stream().map(ProfileDocument::timeline).toList(),
                p.academicEvents().stream().map(ProfileDocument::academic).toList(),
                p.professionalismEvents().stream().map(ProfileDocument::professionalism).toList(),
                p.cycles().stream().map(ProfileDocument::cycle).toList());
    }

    private static ExamJson exam(ExamAttempt e) {
        return new ExamJson(e.exam(), e.date(), e.outcome(), e.score());
    }

    private static PracticeJson practice(PracticeAssessment a) {
        return new PracticeJson(a.exam(), a.form(), a.date(), a.predictedScore());
    }

    private static ClinicalJson clinical(ClinicalExperience c) {
        return new ClinicalJson(c.kind(), c.specialty(), c.institution(), c.setting(), c.us(), c.start(), c.end(),
                c.supervisor());
    }

    private static LetterJson letter(Letter l) {
        return new LetterJson(l.writer(), l.specialty(), l.us(), l.academic(), l.status(), l.strength(), l.date(),
                l.waived(), l.dueDate(), l.linkedExperience());
    }

    private static TimelineJson timeline(TimelineEntry t) {
        return new TimelineJson(t.kind(), t.title(), t.reason(), t.start(), t.end(), t.fullTime());
    }

    private static AcademicJson academic(AcademicEvent a) {
        return new AcademicJson(a.kind(), a.subject(), a.date(), a.repeatedAndPassed(), a.description());
    }

    private static ProfessionalismJson professionalism(ProfessionalismEvent e) {
        return new ProfessionalismJson(e.date(), e.description(), e.formalRemediation(), e.inMspe());
    }

    private static CycleJson cycle(Cycle c) {
        return new CycleJson(c.matchYear(), c.outcome(), c.specialties().stream()
                .map(s -> new SpecialtyApplicationJson(s.specialty(), s.programsApplied(), s.interviews(),
                        TiersJson.of(s.programsPerTier())))
                .toList(), c.feedback());
    }
}
