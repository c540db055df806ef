package org.matchwise.testing;

import static org.matchwise.applicant.ClinicalKind.HANDS_ON;

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
import org.matchwise.ruleset.RuleSet;

/**
 * Profile builders for tests in every module. {@link #clean()} is an applicant with no red flag for
 * match year 2027 assessed on {@link #AS_OF}; tests add exactly what their rule needs.
 */
public final class Profiles {
    public static final int MATCH_YEAR = 2027;
    public static final LocalDate AS_OF = LocalDate.of(2026, 5, 15);
    public static final LocalDate ERAS_OPENS = LocalDate.of(2026, 6, 1);
    public static final LocalDate PROGRAMS_OPEN = LocalDate.of(2026, 9, 24);

    private Profiles() {
    }

    public static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    public static RuleSet rules() {
        return RuleSet.defaults(MATCH_YEAR);
    }

    /** The bare minimum: identity, type and dates; no exams, experiences, letters or timeline. */
    public static ApplicantProfile.Builder minimal() {
        return ApplicantProfile.builder()
                .externalId("T-1")
                .name("Test", "Applicant")
                .email("test.applicant@example.org")
                .applicantType(ApplicantType.US_IMG)
                .visa(Visa.NONE)
                .medicalSchool("Example University School of Medicine", "GD")
                .matriculationDate(d("2020-08-15"))
                .graduationDate(d("2024-05-30"))
                .matchYear(MATCH_YEAR);
    }

    /**
     * An Internal Medicine applicant with no flag as of {@link #AS_OF}: graduated 2024, Step 1 pass,
     * Step 2 CK 240, education then research to date, 5 months of recent US IM rotations, two received
     * IM letters.
     */
    public static ApplicantProfile.Builder clean() {
        return minimal()
                .targetSpecialties(Specialty.INTERNAL_MEDICINE)
                .exam(org.matchwise.applicant.ExamAttempt.passed(Exam.USMLE_STEP1, d("2022-06-01")))
                .exam(org.matchwise.applicant.ExamAttempt.passed(Exam.USMLE_STEP2_CK, d("2023-07-01"), 240))
                .timelineEntry(TimelineEntry.of(TimelineKind.EDUCATION, d("2020-08-15"), d("2024-05-30"), true))
                .timelineEntry(TimelineEntry.of(TimelineKind.RESEARCH, d("2024-06-15"), null, false))
                .clinicalExperience(ClinicalExperience.us(HANDS_ON, Specialty.INTERNAL_MEDICINE, d("2025-09-01"), d("2025-11-30")))
                .clinicalExperience(ClinicalExperience.us(HANDS_ON, Specialty.INTERNAL_MEDICINE, d("2026-01-05"), d("2026-03-01")))
                .letter(received("A. Internist, MD", Specialty.INTERNAL_MEDICINE))
                .letter(received("B. Internist, MD", Specialty.INTERNAL_MEDICINE));
    }

    public static Letter received(String writer, Specialty specialty) {
        return Letter.us(writer, specialty, LetterStatus.RECEIVED, LetterStrength.STRONG);
    }

    public static Letter letter(Specialty specialty, LetterStatus status) {
        return Letter.us("Writer " + specialty, specialty, status, LetterStrength.STANDARD);
    }

    public static ClinicalExperience usHandsOn(Specialty specialty, String start, String end) {
        return ClinicalExperience.us(HANDS_ON, specialty, d(start), end == null ? null : d(end));
    }

    public static ClinicalExperience us(ClinicalKind kind, Specialty specialty, String start, String end) {
        return ClinicalExperience.us(kind, specialty, d(start), end == null ? null : d(end));
    }

    /**
     * A record with two entries in every list: the first of each with every optional field set, the second with
     * the optional fields left empty (except the dates of academic and professionalism events, which the profile JSON
     * requires), the yes/no fields differing between the two; two cycles, the first with two
     * specialties and every tier, the second with one specialty and none. For tests that must see each stored field
     * come back (a field read into the wrong place, or not at all, shows).
     */
    public static ApplicantProfile.Builder everyFieldSet() {
        return minimal()
                .externalId("T-ALL")
                .email("every.field@example.org")
                .applicantType(ApplicantType.NON_US_IMG)
                .visa(Visa.J1)
                .medicalSchool("Every Field University", "GD")
                .targetSpecialties(Specialty.MED_PEDS, Specialty.PEDIATRICS, Specialty.INTERNAL_MEDICINE)
                .exam(new ExamAttempt(Exam.USMLE_STEP1, d("2022-06-01"), ExamOutcome.FAIL, 190))
                .exam(new ExamAttempt(Exam.USMLE_STEP2_CK, d("2023-07-01"), ExamOutcome.SCHEDULED, null))
                .practiceAssessment(new PracticeAssessment(Exam.USMLE_STEP2_CK, "NBME 11", d("2023-05-01"), 231))
                .practiceAssessment(new PracticeAssessment(Exam.COMLEX_L2_CE, "COMSAE", d("2023-05-20"), null))
                .clinicalExperience(new ClinicalExperience(ClinicalKind.SUB_INTERNSHIP, Specialty.PEDIATRICS,
                        "Every Field Children's Hospital", Setting.UNIVERSITY, true, d("2025-09-01"), d("2025-10-31"),
                        "Dr. Super Visor"))
                .clinicalExperience(new ClinicalExperience(ClinicalKind.OBSERVERSHIP, Specialty.INTERNAL_MEDICINE,
                        null, null, false, d("2026-01-05"), null, null))
                .letter(new Letter("A. Writer, MD", Specialty.PEDIATRICS, true, false, LetterStatus.RECEIVED,
                        LetterStrength.STRONG, d("2026-02-01"), true, d("2026-03-01"), 0))
                .letter(new Letter("B. Writer, MD", Specialty.MED_PEDS, false, true, LetterStatus.IDENTIFIED, null,
                        null, false, null, null))
                .timelineEntry(new TimelineEntry(TimelineKind.LEAVE_OF_ABSENCE, "Family leave", LeaveReason.FAMILY,
                        d("2024-06-01"), d("2024-12-31"), true))
                .timelineEntry(new TimelineEntry(TimelineKind.RESEARCH, null, null, d("2025-01-01"), null, false))
                .academicEvent(new AcademicEvent(AcademicKind.COURSE_FAILURE, "Biochemistry", d("2021-01-15"), true,
                        "Failed, repeated and passed"))
                .academicEvent(new AcademicEvent(AcademicKind.PROBATION, null, d("2021-09-01"), false, null))
                .professionalismEvent(new ProfessionalismEvent(d("2022-03-01"), "Late to rounds repeatedly", true,
                        true))
                .professionalismEvent(new ProfessionalismEvent(d("2023-01-10"), "A second event", false, false))
                .cycle(new Cycle(2026, CycleOutcome.UNMATCHED, List.of(
                        new SpecialtyApplication(Specialty.MED_PEDS, 40, 3,
                                Map.of(Tier.REACH, 10, Tier.TARGET, 20, Tier.SAFETY, 10)),
                        new SpecialtyApplication(Specialty.PEDIATRICS, 25, 2)), "Apply more broadly"))
                .cycle(new Cycle(2027, CycleOutcome.IN_PROGRESS,
                        List.of(new SpecialtyApplication(Specialty.PEDIATRICS, 60, null)), null));
    }
}
