package org.matchwise.applicant.snapshot;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.EnumMap;
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
import org.matchwise.applicant.MedicalSchool;
import org.matchwise.applicant.PersonName;
import org.matchwise.applicant.PracticeAssessment;
import org.matchwise.applicant.ProfessionalismEvent;
import org.matchwise.applicant.Setting;
import org.matchwise.applicant.Specialty;
import org.matchwise.applicant.SpecialtyApplication;
import org.matchwise.applicant.Tier;
import org.matchwise.applicant.TimelineEntry;
import org.matchwise.applicant.TimelineKind;
import org.matchwise.applicant.Visa;

/**
 * Format version 2 of a stored snapshot's profile: {@code {"formatVersion": 2, "profile": {...}}}, records that
 * mirror core's {@link ApplicantProfile} field for field. It is not the API's format: it takes no input rules (list
 * limits, text lengths, the API's required fields), so a snapshot stays readable whatever the API later tightens; a
 * change of shape gets the next version number and {@link SnapshotJson} keeps reading every earlier one.
 */
final class SnapshotFormat {

    static final int VERSION = 2;

    private SnapshotFormat() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Document(int formatVersion, Profile profile) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Profile(String externalId, String givenName, String familyName, String email, ApplicantType applicantType,
            Visa visa, School medicalSchool, LocalDate matriculationDate, LocalDate graduationDate,
            List<Specialty> targetSpecialties, Integer matchYear, List<ExamV2> exams, List<PracticeV2> practiceAssessments,
            List<ClinicalV2> clinicalExperiences, List<LetterV2> letters, List<TimelineV2> timeline,
            List<AcademicV2> academicEvents, List<ProfessionalismV2> professionalismEvents, List<CycleV2> cycles) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record School(String name, String country) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ExamV2(Exam exam, LocalDate date, ExamOutcome outcome, Integer score) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record PracticeV2(Exam exam, String form, LocalDate date, Integer predictedScore) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ClinicalV2(ClinicalKind kind, Specialty specialty, String institution, Setting setting, boolean us,
            LocalDate start, LocalDate end, String supervisor) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record LetterV2(String writer, Specialty specialty, boolean us, boolean academic, LetterStatus status,
            LetterStrength strength, LocalDate date, boolean waived, LocalDate dueDate, Integer linkedExperience) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record TimelineV2(TimelineKind kind, String title, LeaveReason reason, LocalDate start, LocalDate end,
            boolean fullTime) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record AcademicV2(AcademicKind kind, String subject, LocalDate date, boolean repeatedAndPassed, String description) {
    }

    record ProfessionalismV2(LocalDate date, String description, boolean formalRemediation, boolean inMspe) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record CycleV2(int matchYear, CycleOutcome outcome, List<ApplicationV2> specialties, String feedback) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ApplicationV2(Specialty specialty, int programsApplied, Integer interviews, Map<Tier, Integer> programsPerTier) {
    }

    static Document of(ApplicantProfile p) {
        return new Document(VERSION, new Profile(p.externalId(), p.name().given(), p.name().family(), p.email(),
                p.applicantType(), p.visa(),
                p.medicalSchool() == null ? null : new School(p.medicalSchool().name(), p.medicalSchool().country()),
                p.matriculationDate(), p.graduationDate(), p.targetSpecialties(), p.matchYear(),
                p.exams().stream().map(e -> new ExamV2(e.exam(), e.date(), e.outcome(), e.score())).toList(),
                p.practiceAssessments().stream()
                        .map(a -> new PracticeV2(a.exam(), a.form(), a.date(), a.predictedScore())).toList(),
                p.clinicalExperiences().stream().map(c -> new ClinicalV2(c.kind(), c.specialty(), c.institution(),
                        c.setting(), c.us(), c.start(), c.end(), c.supervisor())).toList(),
                p.letters().stream().map(l -> new LetterV2(l.writer(), l.specialty(), l.us(), l.academic(), l.status(),
                        l.strength(), l.date(), l.waived(), l.dueDate(), l.linkedExperience())).toList(),
                p.timeline().stream().map(t -> new TimelineV2(t.kind(), t.title(), t.reason(), t.start(), t.end(),
                        t.fullTime())).toList(),
                p.academicEvents().stream().map(a -> new AcademicV2(a.kind(), a.subject(), a.date(),
                        a.repeatedAndPassed(), a.description())).toList(),
                p.professionalismEvents().stream().map(e -> new ProfessionalismV2(e.date(), e.description(),
                        e.formalRemediation(), e.inMspe())).toList(),
                p.cycles().stream().map(c -> new CycleV2(c.matchYear(), c.outcome(), c.specialties().stream()
                        .map(s -> new ApplicationV2(s.specialty(), s.programsApplied(), s.interviews(),
                                s.programsPerTier().isEmpty() ? null : s.programsPerTier()))
                        .toList(), c.feedback())).toList()));
    }

    /** The profile; core's value objects refuse what is impossible ({@link IllegalArgumentException}). */
    static ApplicantProfile toProfile(Profile p) {
        return new ApplicantProfile(p.externalId(), new PersonName(p.givenName(), p.familyName()), p.email(),
                p.applicantType(), p.visa() == null ? Visa.NONE : p.visa(),
                p.medicalSchool() == null ? null : new MedicalSchool(p.medicalSchool().name(), p.medicalSchool().country()),
                p.matriculationDate(), p.graduationDate(), list(p.targetSpecialties()), p.matchYear(),
                list(p.exams()).stream().map(e -> new ExamAttempt(e.exam(), e.date(), e.outcome(), e.score())).toList(),
                list(p.practiceAssessments()).stream()
                        .map(a -> new PracticeAssessment(a.exam(), a.form(), a.date(), a.predictedScore())).toList(),
                list(p.clinicalExperiences()).stream().map(c -> new ClinicalExperience(c.kind(), c.specialty(),
                        c.institution(), c.setting(), c.us(), c.start(), c.end(), c.supervisor())).toList(),
                list(p.letters()).stream().map(l -> new Letter(l.writer(), l.specialty(), l.us(), l.academic(),
                        l.status(), l.strength(), l.date(), l.waived(), l.dueDate(), l.linkedExperience())).toList(),
                list(p.timeline()).stream().map(t -> new TimelineEntry(t.kind(), t.title(), t.reason(), t.start(),
                        t.end(), t.fullTime())).toList(),
                list(p.academicEvents()).stream().map(a -> new AcademicEvent(a.kind(), a.subject(), a.date(),
                        a.repeatedAndPassed(), a.description())).toList(),
                list(p.professionalismEvents()).stream().map(e -> new ProfessionalismEvent(e.date(), e.description(),
                        e.formalRemediation(), e.inMspe())).toList(),
                list(p.cycles()).stream().map(c -> new Cycle(c.matchYear(), c.outcome(), list(c.specialties()).stream()
                        .map(s -> new SpecialtyApplication(s.specialty(), s.programsApplied(), s.interviews(),
                                s.programsPerTier() == null ? new EnumMap<>(Tier.class) : new EnumMap<>(s.programsPerTier())))
                        .toList(), c.feedback())).toList());
    }

    private static <T> List<T> list(List<T> list) {
        return list == null ? List.of() : list;
    }
}
