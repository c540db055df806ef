package org.matchwise.dashboard;

import static org.matchwise.applicant.ClinicalKind.HANDS_ON;
import static org.matchwise.applicant.ClinicalKind.OBSERVERSHIP;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.matchwise.applicant.ApplicantProfile;
import org.matchwise.applicant.ApplicantService;
import org.matchwise.applicant.ApplicantType;
import org.matchwise.applicant.ClinicalExperience;
import org.matchwise.applicant.Cycle;
import org.matchwise.applicant.CycleOutcome;
import org.matchwise.applicant.Exam;
import org.matchwise.applicant.ExamAttempt;
import org.matchwise.applicant.Letter;
import org.matchwise.applicant.LetterStatus;
import org.matchwise.applicant.LetterStrength;
import org.matchwise.applicant.ProfessionalismEvent;
import org.matchwise.applicant.SaveResult;
import org.matchwise.applicant.Specialty;
import org.matchwise.applicant.TimelineEntry;
import org.matchwise.applicant.TimelineKind;
import org.matchwise.applicant.Visa;
import org.matchwise.flags.FlagCategory;
import org.matchwise.flags.Step2Status;
import org.matchwise.plan.persistence.RemediationPlanEntity;
import org.matchwise.plan.persistence.RemediationPlanRepository;
import org.matchwise.remediation.ActionStatus;
import org.matchwise.remediation.Owner;

/**
 * A small caseload for one match year, stored through {@link ApplicantService} as the signed-in advisor: one
 * applicant per Step 2 CK status (and a COMLEX-only one), a re-applicant, a professionalism event, letters
 * overdue and not, remediation actions overdue and upcoming, and one applicant assigned to nobody. Tests use a
 * match year of their own, so caseloads of different tests never mix in a shared test database.
 */
public final class Caseload {

    /** A stored applicant and the Step 2 CK status its exams mean. */
    public record Stored(long id, String name, String email, Specialty primary, Step2Status step2, boolean assigned) {
    }

    public final int year;
    public final List<Stored> applicants = new ArrayList<>();

    private Caseload(int year) {
        this.year = year;
    }

    /** Stores the caseload; the caller must be signed in as an advisor or admin of the demo school. */
    public static Caseload store(ApplicantService service, RemediationPlanRepository plans, int year, String advisorEmail,
            LocalDate today) {
        Caseload c = new Caseload(year);
        int season = year - 1;
        c.add(service, advisorEmail, base(year, "Ada", "Passfield", Specialty.INTERNAL_MEDICINE)
                .exam(ExamAttempt.passed(Exam.USMLE_STEP1, LocalDate.of(season - 2, 6, 1)))
                .exam(ExamAttempt.passed(Exam.USMLE_STEP2_CK, LocalDate.of(season - 1, 7, 1), 250))
                .clinicalExperience(ClinicalExperience.us(HANDS_ON, Specialty.INTERNAL_MEDICINE,
                        LocalDate.of(season - 1, 9, 1), LocalDate.of(season, 1, 1)))
                .letter(Letter.us("A. Internist", Specialty.INTERNAL_MEDICINE, LetterStatus.RECEIVED, LetterStrength.STRONG))
                .letter(Letter.us("B. Internist", Specialty.INTERNAL_MEDICINE, LetterStatus.UPLOADED, LetterStrength.STRONG)),
                Step2Status.PASSED, true);
        c.add(service, advisorEmail, base(year, "Ben", "Ontrack", Specialty.INTERNAL_MEDICINE)
                .exam(ExamAttempt.passed(Exam.USMLE_STEP1, LocalDate.of(season - 2, 6, 1)))
                .exam(ExamAttempt.scheduled(Exam.USMLE_STEP2_CK, LocalDate.of(season, 7, 1)))
                .clinicalExperience(ClinicalExperience.us(HANDS_ON, Specialty.INTERNAL_MEDICINE,
                        LocalDate.of(season - 1, 10, 1), LocalDate.of(season - 1, 11, 1)))
                .letter(new Letter("C. Internist", Specialty.INTERNAL_MEDICINE, true, true, LetterStatus.REQUESTED,
                        null, null, true, today.minusDays(10), null)),
                Step2Status.ON_TRACK, true);
        c.add(service, advisorEmail, base(year, "Cy", "Latimer", Specialty.PEDIATRICS)
                .exam(ExamAttempt.passed(Exam.USMLE_STEP1, LocalDate.of(season - 2, 6, 1)))
                .exam(ExamAttempt.scheduled(Exam.USMLE_STEP2_CK, LocalDate.of(season, 9, 10)))
                .clinicalExperience(ClinicalExperience.us(OBSERVERSHIP, Specialty.PEDIATRICS,
                        LocalDate.of(season - 1, 9, 1), LocalDate.of(season - 1, 12, 1)))
                .letter(new Letter("D. Pediatrician", Specialty.PEDIATRICS, true, true, LetterStatus.PROMISED,
                        null, null, true, today.plusDays(20), null)),
                Step2Status.LATE, true);
        c.add(service, advisorEmail, base(year, "Dee", "Failsworth", Specialty.INTERNAL_MEDICINE)
                .exam(ExamAttempt.failed(Exam.USMLE_STEP1, LocalDate.of(season - 3, 6, 1)))
                .exam(ExamAttempt.passed(Exam.USMLE_STEP1, LocalDate.of(season - 2, 1, 10)))
                .exam(ExamAttempt.failed(Exam.USMLE_STEP2_CK, LocalDate.of(season - 1, 8, 1)))
                .professionalismEvent(new ProfessionalismEvent(LocalDate.of(season - 3, 3, 1),
                        "Repeated late arrival on a clerkship", false, true))
                .cycle(new Cycle(season, CycleOutcome.UNMATCHED, List.of())),
                Step2Status.FAILED_NOT_PASSED, true);
        c.add(service, advisorEmail, base(year, "Eve", "Nodate", Specialty.MED_PEDS)
                .exam(ExamAttempt.passed(Exam.USMLE_STEP1, LocalDate.of(season - 2, 6, 1)))
                .clinicalExperience(ClinicalExperience.us(HANDS_ON, Specialty.INTERNAL_MEDICINE,
                        LocalDate.of(season - 1, 5, 1), LocalDate.of(season - 1, 7, 1)))
                .clinicalExperience(ClinicalExperience.us(HANDS_ON, Specialty.PEDIATRICS,
                        LocalDate.of(season - 1, 7, 1), LocalDate.of(season - 1, 9, 1)))
                .letter(Letter.us("E. Writer", Specialty.PEDIATRICS, LetterStatus.IDENTIFIED, null)),
                Step2Status.NOT_SCHEDULED, true);
        c.add(service, advisorEmail, base(year, "Fay", "Osteo", Specialty.FAMILY_MEDICINE)
                .applicantType(ApplicantType.US_DO)
                .exam(ExamAttempt.passed(Exam.COMLEX_L1, LocalDate.of(season - 2, 6, 1)))
                .exam(ExamAttempt.passed(Exam.COMLEX_L2_CE, LocalDate.of(season - 1, 6, 1), 600)),
                Step2Status.PASSED, true);
        c.add(service, null, base(year, "Gus", "Unassigned", Specialty.PSYCHIATRY)
                .exam(ExamAttempt.scheduled(Exam.USMLE_STEP2_CK, LocalDate.of(season, 6, 1))),
                Step2Status.ON_TRACK, false);

        // remediation actions: one overdue, one due in a week, one far out, one done (not counted)
        long ada = c.applicants.get(0).id();
        long dee = c.applicants.get(3).id();
        RemediationPlanEntity deePlan = new RemediationPlanEntity(dee, year, java.time.Instant.now(), null);
        deePlan.addAction(FlagCategory.PROFESSIONALISM, "Complete the formal remediation", Owner.APPLICANT,
                today.minusDays(3));
        deePlan.addAction(FlagCategory.EXAM_FAILURE, "Root-cause analysis of the Step 2 CK failure", Owner.ADVISOR,
                today.plusDays(7));
        plans.save(deePlan);
        RemediationPlanEntity adaPlan = new RemediationPlanEntity(ada, year, java.time.Instant.now(), null);
        adaPlan.addAction(FlagCategory.LETTERS, "Ask for a third letter", Owner.APPLICANT, today.plusDays(60));
        var done = adaPlan.addAction(FlagCategory.LETTERS, "Send CV to writers", Owner.APPLICANT, today.minusDays(30));
        done.progress(ActionStatus.DONE, "sent");
        plans.save(adaPlan);
        return c;
    }

    private void add(ApplicantService service, String advisorEmail, ApplicantProfile.Builder profile, Step2Status step2,
            boolean assigned) {
        ApplicantProfile p = profile.build();
        SaveResult result = service.create(p, advisorEmail);
        if (!(result instanceof SaveResult.Saved saved)) {
            throw new IllegalStateException("not stored: " + result);
        }
        applicants.add(new Stored(saved.id(), p.name().given() + " " + p.name().family(), p.email(),
                p.targetSpecialties().getFirst(), step2, assigned));
    }

    private static ApplicantProfile.Builder base(int year, String given, String family, Specialty target) {
        int season = year - 1;
        String email = (given + "." + family + "." + year + "@example.org").toLowerCase(java.util.Locale.ROOT);
        return ApplicantProfile.builder()
                .externalId("DASH-" + year + "-" + given)
                .name(given, family)
                .email(email)
                .applicantType(ApplicantType.US_IMG)
                .visa(Visa.NONE)
                .medicalSchool("Example University School of Medicine", "GD")
                .matriculationDate(LocalDate.of(season - 5, 8, 15))
                .graduationDate(LocalDate.of(season - 1, 5, 30))
                .matchYear(year)
                .targetSpecialties(target)
                .timelineEntry(TimelineEntry.of(TimelineKind.EDUCATION, LocalDate.of(season - 5, 8, 15),
                        LocalDate.of(season - 1, 5, 30), true));
    }

    public Stored named(String given) {
        return applicants.stream().filter(a -> a.name().startsWith(given + " ")).findFirst().orElseThrow();
    }
}
