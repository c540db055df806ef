package org.matchwise.casefile;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.matchwise.AsUser;
import org.matchwise.account.Role;
import org.matchwise.applicant.ApplicantProfile;
import org.matchwise.applicant.ApplicantService;
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
import org.matchwise.applicant.SaveResult;
import org.matchwise.applicant.Specialty;
import org.matchwise.applicant.TimelineEntry;
import org.matchwise.security.AccountSetup;
import org.matchwise.security.AccountSetup.NewAccount;
import org.matchwise.testing.ExampleCases;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Case data made through the services, as advisors and applicants make it. */
public final class CaseFixtures {

    public static final String OTHER_ADVISOR = "advisor@case-other.example";

    private CaseFixtures() {
    }

    /**
     * A Med-Peds re-applicant (seed 001 story): a failed then passed Step 1, Step 2 CK 237, two US hands-on
     * rotations, a waived and rated letter, a leave of absence, practice scores and an unmatched cycle.
     */
    public static ApplicantProfile dana(String given, String family) {
        ApplicantProfile base = ExampleCases.medPedsStep1Retake().profile();
        return base.toBuilder().externalId("CASE-" + UUID.randomUUID()).name(given, family).matchYear(2027)
                .letters(List.of(
                        new Letter("A. Internist, MD", Specialty.INTERNAL_MEDICINE, true, true, LetterStatus.RECEIVED,
                                LetterStrength.STRONG, LocalDate.of(2025, 12, 1), true, null, 0),
                        new Letter("B. Pediatrician, MD", Specialty.PEDIATRICS, true, true, LetterStatus.REQUESTED, null,
                                null, false, LocalDate.of(2026, 12, 1), 1)))
                .timelineEntry(new TimelineEntry(org.matchwise.applicant.TimelineKind.LEAVE_OF_ABSENCE, "family leave", LeaveReason.FAMILY,
                        LocalDate.of(2018, 1, 10), LocalDate.of(2018, 6, 30), true))
                .practiceAssessments(List.of(
                        new PracticeAssessment(Exam.USMLE_STEP2_CK, "NBME 10", LocalDate.of(2020, 6, 1), 221),
                        new PracticeAssessment(Exam.USMLE_STEP2_CK, "NBME 11", LocalDate.of(2020, 7, 1), 229),
                        new PracticeAssessment(Exam.USMLE_STEP2_CK, "UWSA 2", LocalDate.of(2020, 8, 1), 236)))
                .cycles(List.of(new Cycle(2026, CycleOutcome.UNMATCHED, List.of(), "Too few Pediatrics letters")))
                .build();
    }

    /** Creates the case as the signed-in advisor; returns its id. */
    public static long create(ApplicantService applicants, ApplicantProfile profile) {
        SaveResult r = applicants.create(profile, null);
        if (!(r instanceof SaveResult.Saved saved)) {
            throw new IllegalStateException("not created: " + r);
        }
        return saved.id();
    }

    /**
     * A case with an exam attempt the applicant entered and no advisor verified yet. Uses the record linked to
     * the demo applicant's account, or links {@code fallback} to it.
     */
    public static long withUnverifiedExam(ApplicantService applicants, UserDetailsService accounts, long fallback) {
        Long linked = AsUser.call(accounts, "applicant@demo.example", () -> applicants.myRecordId().orElse(null));
        long id;
        if (linked == null) {
            SaveResult link = AsUser.call(accounts, "admin@demo.example", () -> applicants.linkAccount(fallback, "applicant@demo.example"));
            if (!(link instanceof SaveResult.Saved)) {
                throw new IllegalStateException("not linked: " + link);
            }
            id = fallback;
        } else {
            id = linked;
        }
        AsUser.call(accounts, "applicant@demo.example", () -> {
            var rec = applicants.get(id);
            ApplicantProfile next = rec.profile().toBuilder()
                    .exam(new ExamAttempt(Exam.USMLE_STEP3, LocalDate.of(2026, 10, 1), ExamOutcome.PASS, 222)).build();
            return applicants.replace(id, next, rec.version());
        });
        return id;
    }

    /** A second school with its own advisor, and one applicant there; returns that applicant's id. */
    public static long foreignCase(AccountSetup setup, ApplicantService applicants, UserDetailsService accounts) {
        if (!setup.schoolExists("Case Other School")) {
            setup.createSchoolWithAccounts("Case Other School", List.of(
                    new NewAccount(OTHER_ADVISOR, "Olive Other", Role.ADVISOR, "other-advisor-pw-9")));
        }
        return AsUser.call(accounts, OTHER_ADVISOR, () -> create(applicants, dana("Foreign", "Person")));
    }

}
