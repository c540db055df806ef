package org.matchwise.testing;

import static org.matchwise.testing.Profiles.d;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.matchwise.applicant.ApplicantProfile;
import org.matchwise.applicant.ApplicantType;
import org.matchwise.applicant.ClinicalExperience;
import org.matchwise.applicant.ClinicalKind;
import org.matchwise.applicant.Exam;
import org.matchwise.applicant.ExamOutcome;
import org.matchwise.applicant.Letter;
import org.matchwise.applicant.LetterStatus;
import org.matchwise.applicant.LetterStrength;
import org.matchwise.applicant.ProfessionalismEvent;
import org.matchwise.applicant.Setting;
import org.matchwise.applicant.Specialty;
import org.matchwise.applicant.TimelineEntry;
import org.matchwise.applicant.TimelineKind;
import org.matchwise.applicant.Visa;
import org.matchwise.flags.PatternMark;
import org.matchwise.flags.RuleId;
import org.matchwise.flags.Severity;
import org.matchwise.flags.Step2Status;
import org.matchwise.readiness.Verdict;

/** The three cases of /work/shared/examples as Java fixtures, with their expected outcome. */
public final class ExampleCases {
    private ExampleCases() {
    }

    /** What a case must produce: the exact flag set (severity, and pattern where the rule has one). */
    public record Expected(Map<RuleId, Severity> severities, Map<RuleId, PatternMark> patterns, Step2Status step2,
            Verdict verdict) {
    }

    public record ExampleCase(String name, int matchYear, LocalDate asOf, ApplicantProfile profile, Expected expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    public static List<ExampleCase> all() {
        return List.of(medPedsStep1Retake(), pedsObservershipsLateStep2(), radiologyProfessionalism());
    }

    private static ClinicalExperience usce(ClinicalKind kind, Specialty s, Setting setting, String start, String end) {
        return new ClinicalExperience(kind, s, "Example Medical Center", setting, true, d(start), d(end), null);
    }

    private static Letter letter(String writer, Specialty s, String date) {
        return new Letter(writer, s, true, true, LetterStatus.RECEIVED, LetterStrength.STRONG, d(date), true, null, null);
    }

    private static ApplicantProfile.Builder base(String id, String given, String family, ApplicantType type) {
        return ApplicantProfile.builder().externalId(id).name(given, family)
                .email(given.toLowerCase() + "." + family.toLowerCase() + "@example.org")
                .applicantType(type).medicalSchool("Example University School of Medicine", "GD");
    }

    /** 01-med-peds-step1-retake.json */
    public static ExampleCase medPedsStep1Retake() {
        ApplicantProfile p = base("EX-01", "Dana", "Reyes", ApplicantType.US_IMG).visa(Visa.NONE)
                .matriculationDate(d("2016-08-15")).graduationDate(d("2021-05-30"))
                .targetSpecialties(Specialty.MED_PEDS, Specialty.INTERNAL_MEDICINE)
                .exam(Exam.USMLE_STEP1, d("2019-06-10"), ExamOutcome.FAIL)
                .exam(Exam.USMLE_STEP1, d("2019-10-02"), ExamOutcome.PASS)
                .exam(Exam.USMLE_STEP2_CK, d("2020-09-01"), ExamOutcome.PASS, 237)
                .clinicalExperience(usce(ClinicalKind.HANDS_ON, Specialty.INTERNAL_MEDICINE, Setting.UNIVERSITY, "2025-09-01", "2025-11-30"))
                .clinicalExperience(usce(ClinicalKind.HANDS_ON, Specialty.PEDIATRICS, Setting.UNIVERSITY, "2026-01-05", "2026-03-31"))
                .letter(letter("A. Internist, MD", Specialty.INTERNAL_MEDICINE, "2025-12-01"))
                .letter(letter("B. Pediatrician, MD", Specialty.PEDIATRICS, "2026-04-10"))
                .timelineEntry(new TimelineEntry(TimelineKind.EDUCATION, "MD program", null, d("2016-08-15"), d("2021-05-30"), true))
                .timelineEntry(new TimelineEntry(TimelineKind.RESEARCH, "research", null, d("2021-07-01"), d("2025-08-15"), true))
                .build();
        return new ExampleCase("01-med-peds-step1-retake", 2027, d("2026-05-15"), p, new Expected(
                Map.of(RuleId.R1, Severity.MEDIUM, RuleId.R2, Severity.MEDIUM, RuleId.R7, Severity.MEDIUM),
                Map.of(RuleId.R1, PatternMark.ISOLATED_RECOVERED), Step2Status.PASSED, Verdict.READY_WITH_RISKS));
    }

    /** 02-peds-observerships-late-step2.json */
    public static ExampleCase pedsObservershipsLateStep2() {
        ApplicantProfile p = base("EX-02", "Ravi", "Menon", ApplicantType.NON_US_IMG).visa(Visa.J1)
                .matriculationDate(d("2019-09-01")).graduationDate(d("2025-06-30"))
                .targetSpecialties(Specialty.PEDIATRICS)
                .exam(Exam.USMLE_STEP1, d("2023-03-14"), ExamOutcome.PASS)
                .exam(Exam.USMLE_STEP2_CK, d("2026-09-01"), ExamOutcome.SCHEDULED)
                .clinicalExperience(usce(ClinicalKind.OBSERVERSHIP, Specialty.PEDIATRICS, Setting.COMMUNITY, "2025-10-01", "2025-11-30"))
                .clinicalExperience(usce(ClinicalKind.OBSERVERSHIP, Specialty.PEDIATRICS, Setting.UNIVERSITY, "2026-01-05", "2026-02-28"))
                .letter(letter("C. Pediatrician, MD", Specialty.PEDIATRICS, "2026-03-01"))
                .timelineEntry(new TimelineEntry(TimelineKind.EDUCATION, "MD program", null, d("2019-09-01"), d("2025-06-30"), true))
                .timelineEntry(new TimelineEntry(TimelineKind.EXAM_PREPARATION, "exam preparation", null, d("2025-07-01"), null, false))
                .build();
        return new ExampleCase("02-peds-observerships-late-step2", 2027, d("2026-04-01"), p, new Expected(
                Map.of(RuleId.R9, Severity.MEDIUM, RuleId.R11, Severity.MEDIUM, RuleId.R16, Severity.MEDIUM),
                Map.of(), Step2Status.LATE, Verdict.READY_WITH_RISKS));
    }

    /** 03-radiology-professionalism.json */
    public static ExampleCase radiologyProfessionalism() {
        ApplicantProfile p = base("EX-03", "Lee", "Park", ApplicantType.US_IMG).visa(Visa.NONE)
                .matriculationDate(d("2018-08-20")).graduationDate(d("2024-05-20"))
                .targetSpecialties(Specialty.DIAGNOSTIC_RADIOLOGY, Specialty.TRANSITIONAL_YEAR)
                .exam(Exam.USMLE_STEP1, d("2021-05-01"), ExamOutcome.PASS, 231)
                .exam(Exam.USMLE_STEP2_CK, d("2023-06-01"), ExamOutcome.PASS, 244)
                .clinicalExperience(usce(ClinicalKind.HANDS_ON, Specialty.DIAGNOSTIC_RADIOLOGY, Setting.UNIVERSITY, "2025-06-01", "2025-09-30"))
                .clinicalExperience(usce(ClinicalKind.HANDS_ON, Specialty.INTERNAL_MEDICINE, Setting.UNIVERSITY, "2025-10-01", "2025-12-31"))
                .letter(letter("D. Radiologist, MD", Specialty.DIAGNOSTIC_RADIOLOGY, "2025-12-01"))
                .timelineEntry(new TimelineEntry(TimelineKind.EDUCATION, "MD program", null, d("2018-08-20"), d("2024-05-20"), true))
                .timelineEntry(new TimelineEntry(TimelineKind.RESEARCH, "research", null, d("2024-06-01"), null, false))
                .professionalismEvent(new ProfessionalismEvent(d("2022-02-01"),
                        "removed from a clerkship for unprofessional conduct", false, true))
                .build();
        return new ExampleCase("03-radiology-professionalism", 2027, d("2026-05-01"), p, new Expected(
                Map.of(RuleId.R13, Severity.HIGH), Map.of(RuleId.R13, PatternMark.ISOLATED), Step2Status.PASSED,
                Verdict.NOT_READY));
    }
}
