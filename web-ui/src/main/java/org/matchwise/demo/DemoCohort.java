package org.matchwise.demo;

import static org.matchwise.applicant.ClinicalKind.CLINICAL_JOB;
import static org.matchwise.applicant.ClinicalKind.HANDS_ON;
import static org.matchwise.applicant.ClinicalKind.OBSERVERSHIP;
import static org.matchwise.applicant.ClinicalKind.RESEARCH;
import static org.matchwise.applicant.ClinicalKind.SUB_INTERNSHIP;
import static org.matchwise.applicant.Exam.COMLEX_L1;
import static org.matchwise.applicant.Exam.COMLEX_L2_CE;
import static org.matchwise.applicant.Exam.USMLE_STEP1;
import static org.matchwise.applicant.Exam.USMLE_STEP2_CK;
import static org.matchwise.applicant.Specialty.DIAGNOSTIC_RADIOLOGY;
import static org.matchwise.applicant.Specialty.FAMILY_MEDICINE;
import static org.matchwise.applicant.Specialty.GENERAL_SURGERY;
import static org.matchwise.applicant.Specialty.INTERNAL_MEDICINE;
import static org.matchwise.applicant.Specialty.MED_PEDS;
import static org.matchwise.applicant.Specialty.NEUROLOGY;
import static org.matchwise.applicant.Specialty.PEDIATRICS;
import static org.matchwise.applicant.Specialty.PRELIM_MEDICINE;
import static org.matchwise.applicant.Specialty.PSYCHIATRY;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
import org.matchwise.ruleset.MatchCalendar;

/**
 * The demo school's cohort: 60 applicants over match years 2025, 2026 (past cycles with outcomes) and
 * 2027 (the current season), built from the situations of the five seed articles. A pure, deterministic
 * function: the same list on every call, no clock, no randomness.
 *
 * <p>Every red-flag rule R1 to R17 fires for at least one applicant when each is assessed at
 * {@link DemoApplicant#asOf()} with the default rule set of its match year, and the verdicts mix
 * NOT_READY, READY_WITH_RISKS and READY (DemoCohortTest proves it). The demo applicant account
 * ({@code applicant@demo.example}, Dana Reyes, DEMO-001) is the seed 001 story: a US-IMG Med-Peds
 * re-applicant with a Step 1 failure then a pass, a leave of absence, a gap and one unmatched cycle.
 */
public final class DemoCohort {

    /** The demo school's only advisor account; every demo applicant is assigned to it. */
    public static final String ADVISOR = "advisor@demo.example";
    /** The demo applicant account's email and external id. */
    public static final String DEMO_APPLICANT_EMAIL = "applicant@demo.example";
    public static final String DEMO_APPLICANT_ID = "DEMO-001";
    /** The current season's match year; today is in its application season. */
    public static final int CURRENT_MATCH_YEAR = 2027;
    /** "Today" for the demo: the current season's assessments are made as of this date. */
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    /**
     * One demo applicant.
     *
     * @param profile      the record, with {@code matchYear} set to its cohort
     * @param advisorEmail the assigned advisor
     * @param asOf         the date its cycle is assessed at: programs' opening day for a past cycle, today
     *                     for the current one
     * @param story        one line for people: which seed situation this is
     */
    public record DemoApplicant(ApplicantProfile profile, String advisorEmail, LocalDate asOf, String story) {
    }

    private DemoCohort() {
    }

    /** The 60 demo applicants, Dana Reyes first, then by match year. */
    public static List<DemoApplicant> applicants() {
        List<DemoApplicant> all = new ArrayList<>();
        all.add(new DemoApplicant(danaReyes(), ADVISOR, asOf(CURRENT_MATCH_YEAR),
                "seed 001: Step 1 failure then pass, leave of absence, gap, one unmatched cycle, changes since"));
        int person = 0;
        for (int year : List.of(2025, 2026, 2027)) {
            List<Archetype> plan = PLAN.get(year);
            for (int i = 0; i < plan.size(); i++) {
                Person p = PEOPLE.get(person++);
                String externalId = "DSM-" + year + "-" + String.format(Locale.ROOT, "%02d", i + 1);
                Archetype a = plan.get(i);
                ApplicantProfile.Builder b = base(p, externalId, year, i);
                a.shape.apply(new Ctx(b, year, i));
                all.add(new DemoApplicant(b.build(), ADVISOR, asOf(year), a.story));
            }
        }
        return List.copyOf(all);
    }

    /** The as-of date of a cohort: programs' opening day for a past season, {@link #TODAY} for the current one. */
    public static LocalDate asOf(int matchYear) {
        LocalDate programsOpen = MatchCalendar.defaults(matchYear).programsOpen();
        return matchYear >= CURRENT_MATCH_YEAR ? TODAY : programsOpen;
    }

    // ---------------------------------------------------------------------------------------------
    // The plan: which situation each cohort member lives through

    private interface Shape {
        void apply(Ctx c);
    }

    private record Archetype(String story, Shape shape) {
    }

    /** A builder with the cohort's match year Y and E = Y - 1, the year the season opens. */
    private record Ctx(ApplicantProfile.Builder b, int y, int variant) {
        int e() {
            return y - 1;
        }

        LocalDate d(int yearOffsetFromSeason, int month, int day) {
            return LocalDate.of(e() + yearOffsetFromSeason, month, day);
        }

        boolean past() {
            return y < CURRENT_MATCH_YEAR;
        }

        /** This cohort's own cycle: the outcome for a past season, IN_PROGRESS for the current one. */
        void ownCycle(CycleOutcome pastOutcome, Specialty specialty, int programs, int interviews) {
            b.cycle(new Cycle(y, past() ? pastOutcome : CycleOutcome.IN_PROGRESS,
                    List.of(new SpecialtyApplication(specialty, programs, past() ? interviews : null,
                            Map.of(Tier.REACH, programs / 4, Tier.TARGET, programs / 2,
                                    Tier.SAFETY, programs - programs / 4 - programs / 2))),
                    past() ? feedback(pastOutcome) : null));
        }

        private static String feedback(CycleOutcome outcome) {
            return switch (outcome) {
                case MATCHED, SOAP_MATCHED -> "Matched; programs praised the letters and the US rotations.";
                case UNMATCHED -> "Programs cited the exam history and too few US letters.";
                default -> null;
            };
        }
    }

    private static final Archetype CLEAN_US_MD = new Archetype("US MD student, strong, no flags", c -> {
        Specialty s = List.of(INTERNAL_MEDICINE, FAMILY_MEDICINE, PSYCHIATRY).get(c.variant % 3);
        c.b.applicantType(ApplicantType.US_MD)
                .medicalSchool("University of Vermont Larner College of Medicine", "US")
                .matriculationDate(c.d(-3, 8, 1)).graduationDate(LocalDate.of(c.y, 5, 20))
                .targetSpecialties(s)
                .exam(ExamAttempt.passed(USMLE_STEP1, c.d(-1, 4, 12)))
                .exam(ExamAttempt.passed(USMLE_STEP2_CK, c.d(0, 6, 20), 246 + c.variant % 9))
                .practiceAssessment(new PracticeAssessment(USMLE_STEP2_CK, "NBME 13", c.d(0, 5, 28), 243))
                .timelineEntry(new TimelineEntry(TimelineKind.EDUCATION, "MD program", null, c.d(-3, 8, 1),
                        LocalDate.of(c.y, 5, 20), true))
                .clinicalExperience(new ClinicalExperience(HANDS_ON, s, "UVM Medical Center", Setting.UNIVERSITY, true,
                        c.d(-1, 7, 1), c.d(-1, 9, 30), "Dr. R. Patel"))
                .clinicalExperience(new ClinicalExperience(SUB_INTERNSHIP, s, "Dartmouth Health", Setting.UNIVERSITY,
                        true, c.d(0, 7, 1), c.d(0, 7, 28), "Dr. M. Osei"))
                .letter(letter("Dr. R. Patel", s, LetterStatus.UPLOADED, LetterStrength.STRONG, c.d(0, 8, 1)))
                .letter(letter("Dr. M. Osei", s, LetterStatus.UPLOADED, LetterStrength.STRONG, c.d(0, 8, 15)));
        c.ownCycle(CycleOutcome.MATCHED, s, s == INTERNAL_MEDICINE ? 30 : 25, 14);
    });

    private static final Archetype CLEAN_US_DO = new Archetype("US DO student, COMLEX and USMLE, no flags", c -> {
        c.b.applicantType(ApplicantType.US_DO)
                .medicalSchool("Kansas City University College of Osteopathic Medicine", "US")
                .matriculationDate(c.d(-3, 7, 15)).graduationDate(LocalDate.of(c.y, 5, 15))
                .targetSpecialties(FAMILY_MEDICINE, INTERNAL_MEDICINE)
                .exam(ExamAttempt.passed(COMLEX_L1, c.d(-1, 5, 2)))
                .exam(ExamAttempt.passed(USMLE_STEP1, c.d(-1, 5, 20)))
                .exam(ExamAttempt.passed(COMLEX_L2_CE, c.d(0, 6, 3), 590 + c.variant * 3))
                .exam(ExamAttempt.passed(USMLE_STEP2_CK, c.d(0, 6, 24), 238 + c.variant % 5))
                .timelineEntry(new TimelineEntry(TimelineKind.EDUCATION, "DO program", null, c.d(-3, 7, 15),
                        LocalDate.of(c.y, 5, 15), true))
                .clinicalExperience(new ClinicalExperience(HANDS_ON, FAMILY_MEDICINE, "Truman Medical Center",
                        Setting.COMMUNITY, true, c.d(-1, 6, 1), c.d(-1, 8, 31), "Dr. L. Hart"))
                .clinicalExperience(new ClinicalExperience(SUB_INTERNSHIP, FAMILY_MEDICINE, "Research Family Medicine",
                        Setting.COMMUNITY, true, c.d(0, 7, 1), c.d(0, 7, 31), "Dr. K. Imai"))
                .letter(letter("Dr. L. Hart", FAMILY_MEDICINE, LetterStatus.UPLOADED, LetterStrength.STRONG, c.d(0, 8, 2)))
                .letter(letter("Dr. K. Imai", FAMILY_MEDICINE, LetterStatus.UPLOADED, LetterStrength.STANDARD, c.d(0, 8, 20)));
        c.ownCycle(CycleOutcome.MATCHED, FAMILY_MEDICINE, 28, 12);
    });

    private static final Archetype MED_PEDS_RECOVERED = new Archetype(
            "seed 000: US-IMG Med-Peds, Step 1 failure then pass, strong Step 2 CK", c -> {
        imgEducation(c, -6, -2, "St. George's University School of Medicine", "GD");
        c.b.applicantType(ApplicantType.US_IMG).targetSpecialties(MED_PEDS, INTERNAL_MEDICINE)
                .exam(ExamAttempt.failed(USMLE_STEP1, c.d(-4, 6, 10)))
                .exam(ExamAttempt.passed(USMLE_STEP1, c.d(-4, 10, 2)))
                .exam(ExamAttempt.passed(USMLE_STEP2_CK, c.d(-3, 9, 1), 236 + c.variant % 6))
                .practiceAssessment(new PracticeAssessment(USMLE_STEP2_CK, "UWSA 2", c.d(-3, 8, 10), 234))
                .timelineEntry(new TimelineEntry(TimelineKind.RESEARCH, "Research fellow, general pediatrics", null,
                        c.d(-2, 6, 15), null, true))
                .clinicalExperience(new ClinicalExperience(HANDS_ON, INTERNAL_MEDICINE, "Jackson Memorial Hospital",
                        Setting.UNIVERSITY, true, c.d(-1, 9, 1), c.d(-1, 11, 30), "Dr. A. Moreno"))
                .clinicalExperience(new ClinicalExperience(HANDS_ON, PEDIATRICS, "Nicklaus Children's Hospital",
                        Setting.COMMUNITY, true, c.d(0, 1, 6), c.d(0, 2, 28), "Dr. B. Flores"))
                .letter(letter("Dr. A. Moreno", INTERNAL_MEDICINE, LetterStatus.UPLOADED, LetterStrength.STRONG, c.d(0, 3, 1)))
                .letter(letter("Dr. B. Flores", PEDIATRICS, LetterStatus.RECEIVED, LetterStrength.STRONG, c.d(0, 3, 20)));
        c.ownCycle(CycleOutcome.MATCHED, MED_PEDS, 70, 6);
    });

    private static final Archetype PEDS_OBSERVER_LATE_STEP2 = new Archetype(
            "seed 002: US-IMG Pediatrics, observerships only, Step 2 CK scheduled late", c -> {
        imgEducation(c, -5, -1, "Ross University School of Medicine", "BB");
        c.b.applicantType(ApplicantType.US_IMG).targetSpecialties(PEDIATRICS)
                .exam(ExamAttempt.passed(USMLE_STEP1, c.d(-2, 3, 14)))
                .exam(ExamAttempt.scheduled(USMLE_STEP2_CK, c.d(0, 9, 8)))
                .practiceAssessment(new PracticeAssessment(USMLE_STEP2_CK, "NBME 12", c.d(0, 7, 20), 226))
                .timelineEntry(new TimelineEntry(TimelineKind.EXAM_PREPARATION, "Step 2 CK preparation", null,
                        c.d(-1, 6, 1), null, true))
                .clinicalExperience(ClinicalExperience.abroad(HANDS_ON, PEDIATRICS, c.d(-2, 1, 5), c.d(-2, 3, 30)))
                .clinicalExperience(new ClinicalExperience(OBSERVERSHIP, PEDIATRICS, "Children's Hospital of Michigan",
                        Setting.UNIVERSITY, true, c.d(0, 1, 6), c.d(0, 3, 27), "Dr. S. Haddad"))
                .letter(letter("Dr. S. Haddad", PEDIATRICS, LetterStatus.RECEIVED, LetterStrength.STANDARD, c.d(0, 4, 10)))
                .letter(new Letter("Prof. E. Mensah", PEDIATRICS, false, true, LetterStatus.RECEIVED,
                        LetterStrength.STANDARD, c.d(-2, 4, 2), true, null, 0));
        c.ownCycle(CycleOutcome.UNMATCHED, PEDIATRICS, 45, 1);
    });

    private static final Archetype RADIOLOGY_PROFESSIONALISM = new Archetype(
            "seed 003: US-IMG radiology, professionalism event, course failure, leave, score drop", c -> {
        boolean remediated = (c.y + c.variant) % 2 == 0;
        imgEducation(c, -7, -2, "American University of the Caribbean", "SX");
        c.b.applicantType(ApplicantType.US_IMG).targetSpecialties(DIAGNOSTIC_RADIOLOGY, PRELIM_MEDICINE)
                .exam(ExamAttempt.passed(USMLE_STEP1, c.d(-5, 6, 1), 233))
                .exam(ExamAttempt.passed(USMLE_STEP2_CK, c.d(-3, 8, 9), 226))
                .timelineEntry(TimelineEntry.leave(LeaveReason.HEALTH, c.d(-6, 1, 10), c.d(-6, 7, 31)))
                .timelineEntry(new TimelineEntry(TimelineKind.RESEARCH, "Radiology research fellowship", null,
                        c.d(-2, 7, 1), null, true))
                .academicEvent(AcademicEvent.of(AcademicKind.COURSE_FAILURE, "Pharmacology", c.d(-6, 12, 15), true))
                .professionalismEvent(new ProfessionalismEvent(c.d(-4, 3, 2),
                        "Left a shift without signing out a patient", remediated, true))
                .clinicalExperience(new ClinicalExperience(RESEARCH, DIAGNOSTIC_RADIOLOGY, "Emory Radiology",
                        Setting.UNIVERSITY, true, c.d(-2, 7, 1), null, "Dr. H. Lindqvist"))
                .clinicalExperience(new ClinicalExperience(HANDS_ON, INTERNAL_MEDICINE, "Grady Memorial Hospital",
                        Setting.UNIVERSITY, true, c.d(-1, 8, 1), c.d(-1, 11, 15), "Dr. P. Ng"))
                .letter(letter("Dr. H. Lindqvist", DIAGNOSTIC_RADIOLOGY, LetterStatus.RECEIVED, LetterStrength.STRONG,
                        c.d(0, 5, 1)))
                .letter(letter("Dr. P. Ng", INTERNAL_MEDICINE, LetterStatus.REQUESTED, null, null));
        c.ownCycle(CycleOutcome.UNMATCHED, DIAGNOSTIC_RADIOLOGY, 60, 2);
    });

    private static final Archetype LOW_SCORE_REAPPLICANT_NO_CHANGE = new Archetype(
            "seed 004: non-US IMG Med-Peds re-applicant, low scores, nothing changed since last cycle", c -> {
        lowScoreMedPeds(c);
        c.b.cycle(new Cycle(c.y - 1, CycleOutcome.UNMATCHED,
                List.of(new SpecialtyApplication(MED_PEDS, 35, 1)), "Scores below screens; few Med-Peds letters."));
        c.ownCycle(CycleOutcome.UNMATCHED, MED_PEDS, 40, 0);
    });

    private static final Archetype LOW_SCORE_REAPPLICANT_CHANGED = new Archetype(
            "seed 004: non-US IMG Med-Peds re-applicant, low scores, new USCE and letters since last cycle", c -> {
        lowScoreMedPeds(c);
        c.b.cycle(new Cycle(c.y - 1, CycleOutcome.UNMATCHED,
                List.of(new SpecialtyApplication(MED_PEDS, 30, 0), new SpecialtyApplication(INTERNAL_MEDICINE, 40, 2))))
                .clinicalExperience(new ClinicalExperience(SUB_INTERNSHIP, PEDIATRICS, "Cohen Children's Medical Center",
                        Setting.UNIVERSITY, true, c.d(0, 2, 1), c.d(0, 4, 30), "Dr. T. Abebe"))
                .letter(letter("Dr. T. Abebe", MED_PEDS, LetterStatus.RECEIVED, LetterStrength.STRONG, c.d(0, 5, 10)));
        c.ownCycle(CycleOutcome.SOAP_MATCHED, INTERNAL_MEDICINE, 110, 4);
    });

    private static final Archetype OLD_GRADUATE_GAP = new Archetype(
            "seed 001: graduated long ago, 18-month gap, no recent clinical work, observership only", c -> {
        c.b.applicantType(ApplicantType.NON_US_IMG).visa(Visa.H1B)
                .medicalSchool("Cairo University Faculty of Medicine", "EG")
                .matriculationDate(c.d(-13, 9, 1)).graduationDate(c.d(-6, 6, 30))
                .targetSpecialties(INTERNAL_MEDICINE)
                .exam(ExamAttempt.passed(USMLE_STEP1, c.d(-7, 2, 1), 221))
                .exam(ExamAttempt.passed(USMLE_STEP2_CK, c.d(-6, 11, 3), 229))
                .timelineEntry(new TimelineEntry(TimelineKind.EDUCATION, "MBBCh", null, c.d(-13, 9, 1), c.d(-6, 6, 30), true))
                .timelineEntry(new TimelineEntry(TimelineKind.WORK, "House officer, Kasr Al Ainy", null,
                        c.d(-6, 7, 1), c.d(-4, 6, 30), true))
                .timelineEntry(new TimelineEntry(TimelineKind.EXAM_PREPARATION, "Step 3 preparation", null,
                        c.d(-2, 1, 10), null, false))
                .clinicalExperience(ClinicalExperience.abroad(CLINICAL_JOB, INTERNAL_MEDICINE, c.d(-6, 7, 1), c.d(-4, 6, 30)))
                .clinicalExperience(new ClinicalExperience(OBSERVERSHIP, INTERNAL_MEDICINE, "Cleveland Clinic",
                        Setting.UNIVERSITY, true, c.d(-3, 3, 1), c.d(-3, 3, 31), "Dr. J. Weiss"))
                .letter(letter("Dr. J. Weiss", INTERNAL_MEDICINE, LetterStatus.PROMISED, LetterStrength.GENERIC, null));
        c.ownCycle(CycleOutcome.UNMATCHED, INTERNAL_MEDICINE, 120, 0);
    });

    private static final Archetype REPEATED_CLERKSHIP = new Archetype(
            "seed 001: repeated Internal Medicine clerkship and a repeated year, two leaves", c -> {
        imgEducation(c, -7, -1, "Saba University School of Medicine", "BQ");
        c.b.applicantType(ApplicantType.US_IMG).targetSpecialties(INTERNAL_MEDICINE)
                .exam(ExamAttempt.passed(USMLE_STEP1, c.d(-4, 5, 5)))
                .exam(ExamAttempt.passed(USMLE_STEP2_CK, c.d(-1, 7, 15), 232))
                .academicEvent(new AcademicEvent(AcademicKind.CLERKSHIP_FAILURE, "INTERNAL_MEDICINE", c.d(-3, 4, 1), true,
                        "Failed the IM clerkship; repeated with honors"))
                .academicEvent(AcademicEvent.of(AcademicKind.REPEATED_YEAR, "Year 3", c.d(-3, 8, 1), false))
                .timelineEntry(TimelineEntry.leave(LeaveReason.ACADEMIC, c.d(-3, 4, 15), c.d(-3, 7, 31)))
                .timelineEntry(TimelineEntry.leave(LeaveReason.FAMILY, c.d(-5, 9, 1), c.d(-5, 12, 20)))
                .timelineEntry(new TimelineEntry(TimelineKind.WORK, "Clinical research coordinator", null,
                        c.d(-1, 6, 15), null, true))
                .clinicalExperience(new ClinicalExperience(HANDS_ON, INTERNAL_MEDICINE, "Mount Sinai Morningside",
                        Setting.UNIVERSITY, true, c.d(-1, 9, 1), c.d(-1, 12, 20), "Dr. E. Kowalski"))
                .letter(letter("Dr. E. Kowalski", INTERNAL_MEDICINE, LetterStatus.RECEIVED, LetterStrength.STRONG, c.d(0, 1, 10)))
                .letter(letter("Dr. F. Amini", INTERNAL_MEDICINE, LetterStatus.UPLOADED, LetterStrength.STANDARD, c.d(0, 2, 10)));
        c.ownCycle(CycleOutcome.MATCHED, INTERNAL_MEDICINE, 130, 7);
    });

    private static final Archetype SPECIALTY_SCATTER = new Archetype(
            "seed 001: specialty scatter across surgery, psychiatry and medicine", c -> {
        imgEducation(c, -6, -1, "Medical University of Warsaw", "PL");
        c.b.applicantType(ApplicantType.NON_US_IMG).visa(Visa.J1)
                .targetSpecialties(INTERNAL_MEDICINE, GENERAL_SURGERY, PSYCHIATRY)
                .exam(ExamAttempt.passed(USMLE_STEP1, c.d(-2, 2, 20)))
                .exam(ExamAttempt.passed(USMLE_STEP2_CK, c.d(-1, 10, 5), 241))
                .timelineEntry(new TimelineEntry(TimelineKind.WORK, "Internship, Warsaw", null, c.d(-1, 7, 1), null, true))
                .clinicalExperience(new ClinicalExperience(HANDS_ON, INTERNAL_MEDICINE, "Rush University Medical Center",
                        Setting.UNIVERSITY, true, c.d(0, 1, 5), c.d(0, 4, 30), "Dr. G. Novak"))
                .letter(letter("Dr. G. Novak", INTERNAL_MEDICINE, LetterStatus.RECEIVED, LetterStrength.STRONG, c.d(0, 5, 2)))
                .letter(letter("Dr. O. Quist", INTERNAL_MEDICINE, LetterStatus.RECEIVED, LetterStrength.STANDARD, c.d(0, 5, 9)));
        c.ownCycle(CycleOutcome.MATCHED, INTERNAL_MEDICINE, 100, 5);
    });

    private static final Archetype CV_INCONSISTENT = new Archetype(
            "seed 003: inconsistent CV dates (overlapping full-time jobs, an end before its start)", c -> {
        imgEducation(c, -6, -1, "Semmelweis University", "HU");
        c.b.applicantType(ApplicantType.US_IMG).targetSpecialties(NEUROLOGY, PSYCHIATRY)
                .exam(ExamAttempt.passed(USMLE_STEP1, c.d(-3, 4, 4)))
                .exam(ExamAttempt.passed(USMLE_STEP2_CK, c.d(-1, 9, 9), 240))
                .timelineEntry(new TimelineEntry(TimelineKind.WORK, "Research assistant, neurology", null,
                        c.d(-1, 6, 1), c.d(0, 3, 31), true))
                .timelineEntry(new TimelineEntry(TimelineKind.WORK, "Scribe, emergency department", null,
                        c.d(-1, 11, 1), c.d(0, 5, 31), true))
                .clinicalExperience(new ClinicalExperience(HANDS_ON, NEUROLOGY, "Barrow Neurological Institute",
                        Setting.UNIVERSITY, true, c.d(0, 1, 4), c.d(0, 4, 30), "Dr. I. Sato"))
                .clinicalExperience(new ClinicalExperience(OBSERVERSHIP, PSYCHIATRY, "Banner Behavioral Health",
                        Setting.COMMUNITY, true, c.d(0, 5, 20), c.d(0, 5, 2), "Dr. N. Okoro"))
                .letter(letter("Dr. I. Sato", NEUROLOGY, LetterStatus.RECEIVED, LetterStrength.STRONG, c.d(0, 5, 1)));
        c.ownCycle(CycleOutcome.MATCHED, NEUROLOGY, 40, 9);
    });

    private static final Archetype MULTIPLE_UNMATCHED = new Archetype(
            "seed 001: two unmatched cycles in different specialties, nothing new since", c -> {
        imgEducation(c, -8, -4, "University of Lagos College of Medicine", "NG");
        c.b.applicantType(ApplicantType.NON_US_IMG).visa(Visa.J1)
                .targetSpecialties(FAMILY_MEDICINE, INTERNAL_MEDICINE)
                .exam(ExamAttempt.passed(USMLE_STEP1, c.d(-4, 2, 2), 219))
                .exam(ExamAttempt.passed(USMLE_STEP2_CK, c.d(-3, 6, 6), 224))
                .timelineEntry(new TimelineEntry(TimelineKind.WORK, "Medical officer, Lagos", null,
                        c.d(-4, 7, 1), null, true))
                .clinicalExperience(ClinicalExperience.abroad(CLINICAL_JOB, FAMILY_MEDICINE, c.d(-4, 7, 1), null))
                .clinicalExperience(new ClinicalExperience(HANDS_ON, FAMILY_MEDICINE, "Cook County Health",
                        Setting.COMMUNITY, true, c.d(-3, 1, 5), c.d(-3, 4, 30), "Dr. C. Vega"))
                .letter(letter("Dr. C. Vega", FAMILY_MEDICINE, LetterStatus.UPLOADED, LetterStrength.STANDARD, c.d(-3, 5, 5)))
                .cycle(new Cycle(c.y - 2, CycleOutcome.UNMATCHED, List.of(new SpecialtyApplication(GENERAL_SURGERY, 60, 0))))
                .cycle(new Cycle(c.y - 1, CycleOutcome.UNMATCHED, List.of(new SpecialtyApplication(FAMILY_MEDICINE, 50, 1))));
        c.ownCycle(CycleOutcome.WITHDREW, FAMILY_MEDICINE, 55, 0);
    });

    private static final Archetype STEP2_FAILED_THEN_PASSED = new Archetype(
            "seed 002: Step 2 CK failure, then a pass with a low score", c -> {
        imgEducation(c, -6, -1, "Universidad Autónoma de Guadalajara", "MX");
        c.b.applicantType(ApplicantType.US_IMG).targetSpecialties(PEDIATRICS)
                .exam(ExamAttempt.passed(USMLE_STEP1, c.d(-3, 5, 15)))
                .exam(ExamAttempt.failed(USMLE_STEP2_CK, c.d(-1, 8, 20)))
                .exam(ExamAttempt.passed(USMLE_STEP2_CK, c.d(0, 3, 10), 217))
                .timelineEntry(new TimelineEntry(TimelineKind.EXAM_PREPARATION, "Step 2 CK remediation", null,
                        c.d(-1, 6, 1), c.d(0, 3, 10), true))
                .timelineEntry(new TimelineEntry(TimelineKind.VOLUNTEERING, "Free clinic volunteer", null,
                        c.d(0, 3, 11), null, false))
                .clinicalExperience(new ClinicalExperience(HANDS_ON, PEDIATRICS, "Texas Children's Hospital",
                        Setting.UNIVERSITY, true, c.d(0, 3, 15), c.d(0, 6, 30), "Dr. V. Castaño"))
                .letter(letter("Dr. V. Castaño", PEDIATRICS, LetterStatus.RECEIVED, LetterStrength.STRONG, c.d(0, 7, 5)))
                .letter(letter("Dr. W. Lee", PEDIATRICS, LetterStatus.RECEIVED, LetterStrength.STANDARD, c.d(0, 7, 12)));
        c.ownCycle(CycleOutcome.SOAP_MATCHED, PEDIATRICS, 75, 3);
    });

    private static final Archetype STEP2_FAILED_NOT_PASSED = new Archetype(
            "seed 002: Step 2 CK failed and not yet retaken: consider delaying", c -> {
        imgEducation(c, -6, -1, "American University of Antigua", "AG");
        c.b.applicantType(ApplicantType.US_IMG).targetSpecialties(INTERNAL_MEDICINE, PEDIATRICS)
                .exam(ExamAttempt.passed(USMLE_STEP1, c.d(-2, 6, 1)))
                .exam(ExamAttempt.failed(USMLE_STEP2_CK, c.d(0, 5, 2)))
                .practiceAssessment(new PracticeAssessment(USMLE_STEP2_CK, "NBME 11", c.d(0, 4, 10), 214))
                .timelineEntry(new TimelineEntry(TimelineKind.EXAM_PREPARATION, "Step 2 CK preparation", null,
                        c.d(-1, 6, 1), null, true))
                .clinicalExperience(new ClinicalExperience(HANDS_ON, INTERNAL_MEDICINE, "Brooklyn Hospital Center",
                        Setting.COMMUNITY, true, c.d(-1, 7, 1), c.d(-1, 10, 31), "Dr. Y. Ben-Ami"))
                .letter(letter("Dr. Y. Ben-Ami", INTERNAL_MEDICINE, LetterStatus.RECEIVED, LetterStrength.STANDARD, c.d(-1, 11, 30)))
                .letter(letter("Dr. Z. Farouk", INTERNAL_MEDICINE, LetterStatus.IDENTIFIED, null, null));
        c.ownCycle(CycleOutcome.WITHDREW, INTERNAL_MEDICINE, 0, 0);
    });

    private static final Archetype STEP2_NOT_SCHEDULED = new Archetype(
            "seed 002: Step 2 CK not yet scheduled, otherwise on track", c -> {
        imgEducation(c, -5, 0, "Charles University First Faculty of Medicine", "CZ");
        c.b.applicantType(ApplicantType.US_IMG).targetSpecialties(FAMILY_MEDICINE)
                .exam(ExamAttempt.passed(USMLE_STEP1, c.d(-1, 4, 22)))
                .clinicalExperience(new ClinicalExperience(HANDS_ON, FAMILY_MEDICINE, "Oregon Health & Science University",
                        Setting.UNIVERSITY, true, c.d(-1, 9, 1), c.d(-1, 12, 15), "Dr. U. Varga"))
                .letter(letter("Dr. U. Varga", FAMILY_MEDICINE, LetterStatus.RECEIVED, LetterStrength.STRONG, c.d(0, 1, 10)));
        c.ownCycle(CycleOutcome.MATCHED, FAMILY_MEDICINE, 35, 8);
    });

    private static final Archetype FAMILY_LEAVE_ONLY = new Archetype(
            "seed 000: one family leave of absence, otherwise strong (LOW flag only)", c -> {
        imgEducation(c, -5, -1, "Trinity School of Medicine", "VC");
        c.b.applicantType(ApplicantType.US_IMG).targetSpecialties(INTERNAL_MEDICINE)
                .exam(ExamAttempt.passed(USMLE_STEP1, c.d(-2, 4, 4)))
                .exam(ExamAttempt.passed(USMLE_STEP2_CK, c.d(-1, 8, 8), 244))
                .timelineEntry(TimelineEntry.leave(LeaveReason.FAMILY, c.d(-3, 1, 10), c.d(-3, 4, 30)))
                .timelineEntry(new TimelineEntry(TimelineKind.CAREGIVING, "Caring for a parent", null,
                        c.d(-1, 6, 1), c.d(-1, 8, 31), false))
                .timelineEntry(new TimelineEntry(TimelineKind.WORK, "Hospitalist assistant", null, c.d(-1, 9, 1), null, true))
                .clinicalExperience(new ClinicalExperience(CLINICAL_JOB, INTERNAL_MEDICINE, "Lahey Hospital",
                        Setting.COMMUNITY, true, c.d(-1, 9, 1), null, "Dr. D. O'Connell"))
                .letter(letter("Dr. D. O'Connell", INTERNAL_MEDICINE, LetterStatus.UPLOADED, LetterStrength.STRONG, c.d(0, 4, 4)))
                .letter(letter("Dr. Q. Huang", INTERNAL_MEDICINE, LetterStatus.UPLOADED, LetterStrength.STRONG, c.d(0, 4, 20)));
        c.ownCycle(CycleOutcome.MATCHED, INTERNAL_MEDICINE, 90, 11);
    });

    /** Who lives through what, per match year (Dana Reyes comes first, outside this plan). */
    private static final Map<Integer, List<Archetype>> PLAN = Map.of(
            2025, List.of(CLEAN_US_MD, MED_PEDS_RECOVERED, PEDS_OBSERVER_LATE_STEP2, RADIOLOGY_PROFESSIONALISM,
                    LOW_SCORE_REAPPLICANT_CHANGED, OLD_GRADUATE_GAP, REPEATED_CLERKSHIP, SPECIALTY_SCATTER,
                    CV_INCONSISTENT, MULTIPLE_UNMATCHED, STEP2_FAILED_THEN_PASSED, FAMILY_LEAVE_ONLY, CLEAN_US_DO,
                    STEP2_NOT_SCHEDULED, CLEAN_US_MD, MED_PEDS_RECOVERED, LOW_SCORE_REAPPLICANT_NO_CHANGE, CLEAN_US_MD),
            2026, List.of(CLEAN_US_MD, MED_PEDS_RECOVERED, PEDS_OBSERVER_LATE_STEP2, RADIOLOGY_PROFESSIONALISM,
                    LOW_SCORE_REAPPLICANT_NO_CHANGE, OLD_GRADUATE_GAP, REPEATED_CLERKSHIP, SPECIALTY_SCATTER,
                    CV_INCONSISTENT, MULTIPLE_UNMATCHED, STEP2_FAILED_THEN_PASSED, STEP2_FAILED_NOT_PASSED,
                    FAMILY_LEAVE_ONLY, CLEAN_US_DO, STEP2_NOT_SCHEDULED, LOW_SCORE_REAPPLICANT_CHANGED, CLEAN_US_MD,
                    MED_PEDS_RECOVERED, CLEAN_US_DO),
            2027, List.of(CLEAN_US_MD, MED_PEDS_RECOVERED, PEDS_OBSERVER_LATE_STEP2, RADIOLOGY_PROFESSIONALISM,
                    LOW_SCORE_REAPPLICANT_NO_CHANGE, LOW_SCORE_REAPPLICANT_CHANGED, OLD_GRADUATE_GAP, REPEATED_CLERKSHIP,
                    SPECIALTY_SCATTER, CV_INCONSISTENT, MULTIPLE_UNMATCHED, STEP2_FAILED_THEN_PASSED,
                    STEP2_FAILED_NOT_PASSED, FAMILY_LEAVE_ONLY, CLEAN_US_DO, STEP2_NOT_SCHEDULED, CLEAN_US_MD,
                    RADIOLOGY_PROFESSIONALISM, PEDS_OBSERVER_LATE_STEP2, CLEAN_US_MD, MED_PEDS_RECOVERED, CLEAN_US_DO));

    // ---------------------------------------------------------------------------------------------
    // Building blocks

    private static ApplicantProfile danaReyes() {
        LocalDate d2016 = LocalDate.of(2016, 8, 15);
        return ApplicantProfile.builder()
                .externalId(DEMO_APPLICANT_ID)
                .name("Dana", "Reyes")
                .email(DEMO_APPLICANT_EMAIL)
                .applicantType(ApplicantType.US_IMG).visa(Visa.NONE)
                .medicalSchool("St. George's University School of Medicine", "GD")
                .matriculationDate(d2016).graduationDate(LocalDate.of(2021, 5, 30))
                .targetSpecialties(MED_PEDS, INTERNAL_MEDICINE)
                .matchYear(CURRENT_MATCH_YEAR)
                .exam(ExamAttempt.failed(USMLE_STEP1, LocalDate.of(2019, 6, 10)))
                .exam(ExamAttempt.passed(USMLE_STEP1, LocalDate.of(2019, 10, 2)))
                .exam(ExamAttempt.passed(USMLE_STEP2_CK, LocalDate.of(2020, 9, 1), 237))
                .practiceAssessment(new PracticeAssessment(USMLE_STEP2_CK, "NBME 13", LocalDate.of(2020, 8, 1), 231))
                .timelineEntry(new TimelineEntry(TimelineKind.EDUCATION, "MD program", null, d2016,
                        LocalDate.of(2021, 5, 30), true))
                .timelineEntry(TimelineEntry.leave(LeaveReason.HEALTH, LocalDate.of(2018, 1, 1), LocalDate.of(2018, 6, 30)))
                .timelineEntry(new TimelineEntry(TimelineKind.WORK, "Clinical research assistant, pediatric asthma study",
                        null, LocalDate.of(2021, 11, 1), LocalDate.of(2024, 6, 30), true))
                .timelineEntry(new TimelineEntry(TimelineKind.WORK, "Medical assistant, community clinic", null,
                        LocalDate.of(2024, 7, 1), null, true))
                .clinicalExperience(new ClinicalExperience(HANDS_ON, INTERNAL_MEDICINE, "Jackson Memorial Hospital",
                        Setting.UNIVERSITY, true, LocalDate.of(2025, 9, 1), LocalDate.of(2025, 10, 31), "Dr. A. Writer"))
                .clinicalExperience(new ClinicalExperience(HANDS_ON, PEDIATRICS, "Holtz Children's Hospital",
                        Setting.UNIVERSITY, true, LocalDate.of(2026, 1, 5), LocalDate.of(2026, 2, 27), "Dr. L. Ortiz"))
                .clinicalExperience(new ClinicalExperience(CLINICAL_JOB, FAMILY_MEDICINE, "Borinquen Health Care Center",
                        Setting.COMMUNITY, true, LocalDate.of(2024, 7, 1), null, "Dr. M. Santos"))
                .letter(new Letter("Dr. A. Writer", INTERNAL_MEDICINE, true, true, LetterStatus.RECEIVED,
                        LetterStrength.STRONG, LocalDate.of(2025, 11, 15), true, null, 0))
                .letter(new Letter("Dr. L. Ortiz", PEDIATRICS, true, true, LetterStatus.RECEIVED,
                        LetterStrength.STRONG, LocalDate.of(2026, 3, 10), true, null, 1))
                .letter(new Letter("Dr. M. Santos", FAMILY_MEDICINE, true, false, LetterStatus.PROMISED,
                        null, null, true, LocalDate.of(2026, 12, 15), 2))
                .cycle(new Cycle(2026, CycleOutcome.UNMATCHED,
                        List.of(new SpecialtyApplication(MED_PEDS, 35, 1)),
                        "One interview; programs asked about the Step 1 failure and wanted US pediatrics letters."))
                .cycle(new Cycle(2027, CycleOutcome.IN_PROGRESS,
                        List.of(new SpecialtyApplication(MED_PEDS, 72, null), new SpecialtyApplication(INTERNAL_MEDICINE, 60, null))))
                .build();
    }

    private static void imgEducation(Ctx c, int matriculationOffset, int graduationOffset, String school, String country) {
        LocalDate start = c.d(matriculationOffset, 8, 20);
        LocalDate end = c.d(graduationOffset, 5, 25);
        c.b.medicalSchool(school, country).matriculationDate(start).graduationDate(end)
                .timelineEntry(new TimelineEntry(TimelineKind.EDUCATION, "MD program", null, start, end, true));
    }

    private static void lowScoreMedPeds(Ctx c) {
        imgEducation(c, -7, -3, "All India Institute of Medical Sciences", "IN");
        c.b.applicantType(ApplicantType.NON_US_IMG).visa(Visa.J1).targetSpecialties(MED_PEDS, INTERNAL_MEDICINE)
                .exam(ExamAttempt.passed(USMLE_STEP1, c.d(-4, 1, 20), 208))
                .exam(ExamAttempt.passed(USMLE_STEP2_CK, c.d(-3, 7, 28), 218))
                .timelineEntry(new TimelineEntry(TimelineKind.WORK, "Resident medical officer, Delhi", null,
                        c.d(-3, 6, 1), null, true))
                .clinicalExperience(ClinicalExperience.abroad(CLINICAL_JOB, INTERNAL_MEDICINE, c.d(-3, 6, 1), null))
                .clinicalExperience(new ClinicalExperience(HANDS_ON, INTERNAL_MEDICINE, "Einstein Medical Center",
                        Setting.UNIVERSITY, true, c.d(-2, 2, 1), c.d(-2, 4, 30), "Dr. R. Iyer"))
                .clinicalExperience(new ClinicalExperience(OBSERVERSHIP, PEDIATRICS, "St. Christopher's Hospital",
                        Setting.UNIVERSITY, true, c.d(-2, 5, 1), c.d(-2, 5, 31), "Dr. K. Adeyemi"))
                .letter(letter("Dr. R. Iyer", INTERNAL_MEDICINE, LetterStatus.UPLOADED, LetterStrength.STANDARD, c.d(-2, 6, 10)))
                .letter(letter("Dr. K. Adeyemi", PEDIATRICS, LetterStatus.UPLOADED, LetterStrength.GENERIC, c.d(-2, 6, 20)));
    }

    private static Letter letter(String writer, Specialty specialty, LetterStatus status, LetterStrength strength,
            LocalDate date) {
        return new Letter(writer, specialty, true, true, status, strength, date, true, null, null);
    }

    private static ApplicantProfile.Builder base(Person p, String externalId, int year, int index) {
        return ApplicantProfile.builder()
                .externalId(externalId)
                .name(p.given, p.family)
                .email(email(p, year))
                .applicantType(ApplicantType.US_IMG)
                .matchYear(year);
    }

    /** An ASCII mailbox from the name (accents dropped); names in other scripts use their romanisation. */
    static String email(Person p, int year) {
        String source = p.romanised != null ? p.romanised : p.given + "." + p.family;
        String ascii = Normalizer.normalize(source, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace("Ł", "L").replace("ł", "l").replace("Ø", "O").replace("ø", "o").replace("ß", "ss")
                .replace("Þ", "Th").replace("þ", "th").replace("ð", "d").replace("ı", "i")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.]+", "");
        return ascii + "." + year + "@example.org";
    }

    record Person(String given, String family, String romanised) {
        Person(String given, String family) {
            this(given, family, null);
        }
    }

    /** Sixty names from many cultures, several in their own scripts. */
    static final List<Person> PEOPLE = List.of(
            new Person("Łucja", "Ñúñez-Øberg"), new Person("Oluwaseun", "Adébáyọ̀"), new Person("Minh Anh", "Nguyễn"),
            new Person("지원", "김", "jiwon.kim"), new Person("Арсений", "Волков", "arseny.volkov"),
            new Person("Αθανασία", "Παπαδοπούλου", "athanasia.papadopoulou"), new Person("Priya", "Raghunathan"),
            new Person("Siobhán", "Ní Bhriain"), new Person("José", "Álvarez"), new Person("Zoë", "Müller"),
            new Person("Kwame", "Mensah"), new Person("Aigerim", "Seitkali"), new Person("Rafael", "Gonçalves"),
            new Person("Søren", "Åkesson-Holm"), new Person("Ayşe", "Yılmaz"), new Person("Thandiwe", "Dlamini"),
            new Person("浩", "田中", "hiroshi.tanaka"), new Person("Fatima Zahra", "Benali"), new Person("Mateus", "Araújo"),
            new Person("Chidinma", "Okafor"), new Person("Ingrid", "Þórsdóttir"), new Person("Tomás", "Ó Súilleabháin"),
            new Person("Anaïs", "Lefèvre"), new Person("محمد", "الحسيني", "mohammed.alhusseini"),
            new Person("Leilani", "Kahananui"), new Person("Ngozi", "Eze"), new Person("Rahul", "Deshpande"),
            new Person("יעל", "בן-דוד", "yael.bendavid"), new Person("Björn", "Lindqvist"), new Person("Camila", "Rodríguez"),
            new Person("Mariam", "Khachatryan"), new Person("Emeka", "Nwosu"), new Person("Sofía", "Castaño"),
            new Person("Noor", "Al-Rashid"), new Person("Wiremu", "Tāwhiri"), new Person("Javier", "Peña"),
            new Person("Kateřina", "Dvořáková"), new Person("Gábor", "Szűcs"), new Person("芳", "王", "fang.wang"),
            new Person("Aleksandra", "Wiśniewska"), new Person("Hamid", "Karimi"), new Person("Xóchitl", "Hernández"),
            new Person("Malak", "Haddad"), new Person("Sipho", "Ndlovu"), new Person("Ewa", "Kowalczyk"),
            new Person("Luís", "Fernandes"), new Person("Hana", "Nováková"), new Person("Samir", "Patel"),
            new Person("Татьяна", "Лебедева", "tatiana.lebedeva"), new Person("Kofi", "Boateng"),
            new Person("Mei-Ling", "Chen"), new Person("Ruth", "Abebe"), new Person("Ömer", "Demir"),
            new Person("Precious", "Mwangi"), new Person("Andrés", "Quiñones"), new Person("Élodie", "Marchand"),
            new Person("प्रिया", "शर्मा", "priya.sharma"), new Person("Aroha", "Ngata"), new Person("Dariusz", "Żółkiewski"));
}
