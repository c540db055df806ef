package org.matchwise.applicant;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One applicant's record as the rules read it; field names mirror profile-format.md exactly.
 *
 * <p>Required: externalId, name, applicantType, matriculationDate, graduationDate (a graduation date
 * in the future is fine for a student). Optional (may be null): email, medicalSchool, matchYear (a
 * preview request supplies its own). A null visa means NONE. Lists are copied; null lists become
 * empty. Merely inconsistent data (an entry ending before it starts, overlapping entries) is kept so
 * R17 can report it; impossible data (a score of 400) is rejected with {@link IllegalArgumentException}.
 */
public record ApplicantProfile(
        String externalId,
        PersonName name,
        String email,
        ApplicantType applicantType,
        Visa visa,
        MedicalSchool medicalSchool,
        LocalDate matriculationDate,
        LocalDate graduationDate,
        List<Specialty> targetSpecialties,
        Integer matchYear,
        List<ExamAttempt> exams,
        List<PracticeAssessment> practiceAssessments,
        List<ClinicalExperience> clinicalExperiences,
        List<Letter> letters,
        List<TimelineEntry> timeline,
        List<AcademicEvent> academicEvents,
        List<ProfessionalismEvent> professionalismEvents,
        List<Cycle> cycles) {

    public ApplicantProfile {
        Checks.required(externalId, "externalId");
        Checks.required(name, "name");
        Checks.required(applicantType, "applicantType");
        Checks.required(matriculationDate, "matriculationDate");
        Checks.required(graduationDate, "graduationDate");
        visa = visa == null ? Visa.NONE : visa;
        targetSpecialties = Checks.list(targetSpecialties, "targetSpecialties");
        exams = Checks.list(exams, "exams");
        practiceAssessments = Checks.list(practiceAssessments, "practiceAssessments");
        clinicalExperiences = Checks.list(clinicalExperiences, "clinicalExperiences");
        letters = Checks.list(letters, "letters");
        timeline = Checks.list(timeline, "timeline");
        academicEvents = Checks.list(academicEvents, "academicEvents");
        professionalismEvents = Checks.list(professionalismEvents, "professionalismEvents");
        cycles = Checks.list(cycles, "cycles");
    }

    /** The first target specialty, which R3, R10, R11 and R12 read; null when none is set. */
    public Specialty primarySpecialty() {
        return targetSpecialties.isEmpty() ? null : targetSpecialties.get(0);
    }

    /**
     * The attempt number of {@code exams[index]}: 1 + the number of earlier (by date, then list
     * position) PASS/FAIL attempts at the same exam; 0 for a SCHEDULED entry.
     */
    public int attemptNumber(int index) {
        ExamAttempt a = exams.get(index);
        if (!a.isAttempt()) {
            return 0;
        }
        int n = 1;
        for (int i = 0; i < exams.size(); i++) {
            ExamAttempt o = exams.get(i);
            if (i != index && o.isAttempt() && o.exam() == a.exam()
                    && (o.date().isBefore(a.date()) || (o.date().equals(a.date()) && i < index))) {
                n++;
            }
        }
        return n;
    }

    /**
     * {@link #attemptNumber(int)} of every entry of {@link #exams()}, by index, worked out together: the attempts
     * sorted once by date (then list position) and counted per exam, where asking {@code attemptNumber} for each
     * entry scans every exam for each (quadratic in the exams).
     */
    public int[] attemptNumbers() {
        int[] numbers = new int[exams.size()];
        List<Integer> attempts = new ArrayList<>(exams.size());
        for (int i = 0; i < exams.size(); i++) {
            if (exams.get(i).isAttempt()) {
                attempts.add(i);
            }
        }
        attempts.sort(Comparator.<Integer, LocalDate>comparing(i -> exams.get(i).date())
                .thenComparing(Comparator.naturalOrder()));
        Map<Exam, Integer> seen = new EnumMap<>(Exam.class);
        for (int i : attempts) {
            numbers[i] = seen.merge(exams.get(i).exam(), 1, Integer::sum);
        }
        return numbers;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.externalId = externalId;
        b.name = name;
        b.email = email;
        b.applicantType = applicantType;
        b.visa = visa;
        b.medicalSchool = medicalSchool;
        b.matriculationDate = matriculationDate;
        b.graduationDate = graduationDate;
        b.targetSpecialties.addAll(targetSpecialties);
        b.matchYear = matchYear;
        b.exams.addAll(exams);
        b.practiceAssessments.addAll(practiceAssessments);
        b.clinicalExperiences.addAll(clinicalExperiences);
        b.letters.addAll(letters);
        b.timeline.addAll(timeline);
        b.academicEvents.addAll(academicEvents);
        b.professionalismEvents.addAll(professionalismEvents);
        b.cycles.addAll(cycles);
        return b;
    }

    /** A fluent, mutable builder; {@link #build()} validates. List setters replace, adders append. */
    public static final class Builder {
        private String externalId;
        private PersonName name;
        private String email;
        private ApplicantType applicantType;
        private Visa visa = Visa.NONE;
        private MedicalSchool medicalSchool;
        private LocalDate matriculationDate;
        private LocalDate graduationDate;
        private final List<Specialty> targetSpecialties = new ArrayList<>();
        private Integer matchYear;
        private final List<ExamAttempt> exams = new ArrayList<>();
        private final List<PracticeAssessment> practiceAssessments = new ArrayList<>();
        private final List<ClinicalExperience> clinicalExperiences = new ArrayList<>();
        private final List<Letter> letters = new ArrayList<>();
        private final List<TimelineEntry> timeline = new ArrayList<>();
        private final List<AcademicEvent> academicEvents = new ArrayList<>();
        private final List<ProfessionalismEvent> professionalismEvents = new ArrayList<>();
        private final List<Cycle> cycles = new ArrayList<>();

        private Builder() {
        }

        public Builder externalId(String v) { externalId = v; return this; }
        public Builder name(PersonName v) { name = v; return this; }
        public Builder name(String given, String family) { name = new PersonName(given, family); return this; }
        public Builder email(String v) { email = v; return this; }
        public Builder applicantType(ApplicantType v) { applicantType = v; return this; }
        public Builder visa(Visa v) { visa = v; return this; }
        public Builder medicalSchool(MedicalSchool v) { medicalSchool = v; return this; }
        public Builder medicalSchool(String schoolName, String country) { medicalSchool = new MedicalSchool(schoolName, country); return this; }
        public Builder matriculationDate(LocalDate v) { matriculationDate = v; return this; }
        public Builder graduationDate(LocalDate v) { graduationDate = v; return this; }
        public Builder matchYear(Integer v) { matchYear = v; return this; }

        public Builder targetSpecialties(Specialty... v) { return replace(targetSpecialties, List.of(v)); }
        public Builder targetSpecialties(List<Specialty> v) { return replace(targetSpecialties, v); }
        public Builder exams(List<ExamAttempt> v) { return replace(exams, v); }
        public Builder practiceAssessments(List<PracticeAssessment> v) { return replace(practiceAssessments, v); }
        public Builder clinicalExperiences(List<ClinicalExperience> v) { return replace(clinicalExperiences, v); }
        public Builder letters(List<Letter> v) { return replace(letters, v); }
        public Builder timeline(List<TimelineEntry> v) { return replace(timeline, v); }
        public Builder academicEvents(List<AcademicEvent> v) { return replace(academicEvents, v); }
        public Builder professionalismEvents(List<ProfessionalismEvent> v) { return replace(professionalismEvents, v); }
        public Builder cycles(List<Cycle> v) { return replace(cycles, v); }

        public Builder exam(ExamAttempt v) { exams.add(v); return this; }
        public Builder exam(Exam exam, LocalDate date, ExamOutcome outcome) { return exam(new ExamAttempt(exam, date, outcome, null)); }
        public Builder exam(Exam exam, LocalDate date, ExamOutcome outcome, Integer score) { return exam(new ExamAttempt(exam, date, outcome, score)); }
        public Builder practiceAssessment(PracticeAssessment v) { practiceAssessments.add(v); return this; }
        public Builder clinicalExperience(ClinicalExperience v) { clinicalExperiences.add(v); return this; }
        public Builder letter(Letter v) { letters.add(v); return this; }
        public Builder timelineEntry(TimelineEntry v) { timeline.add(v); return this; }
        public Builder academicEvent(AcademicEvent v) { academicEvents.add(v); return this; }
        public Builder professionalismEvent(ProfessionalismEvent v) { professionalismEvents.add(v); return this; }
        public Builder cycle(Cycle v) { cycles.add(v); return this; }

        private <T> Builder replace(List<T> target, List<T> values) {
            target.clear();
            if (values != null) {
                target.addAll(values);
            }
            return this;
        }

        public ApplicantProfile build() {
            return new ApplicantProfile(externalId, name, email, applicantType, visa, medicalSchool, matriculationDate,
                    graduationDate, targetSpecialties, matchYear, exams, practiceAssessments, clinicalExperiences,
                    letters, timeline, academicEvents, professionalismEvents, cycles);
        }
    }
}
