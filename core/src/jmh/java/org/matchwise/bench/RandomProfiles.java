package org.matchwise.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
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
import org.matchwise.applicant.ProfessionalismEvent;
import org.matchwise.applicant.Setting;
import org.matchwise.applicant.Specialty;
import org.matchwise.applicant.SpecialtyApplication;
import org.matchwise.applicant.TimelineEntry;
import org.matchwise.applicant.TimelineKind;

/**
 * A copy of the test fixture org.matchwise.testing.RandomProfiles (test sources are not on the benchmark classpath):
 * varied profiles from a seed, match year 2027, mostly IMGs with a few red flags each.
 */
final class RandomProfiles {
    private static final Specialty[] TARGETS = {Specialty.INTERNAL_MEDICINE, Specialty.PEDIATRICS, Specialty.MED_PEDS,
            Specialty.DIAGNOSTIC_RADIOLOGY, Specialty.FAMILY_MEDICINE, Specialty.PSYCHIATRY, Specialty.NEUROLOGY,
            Specialty.GENERAL_SURGERY};

    private RandomProfiles() {
    }

    static ApplicantProfile generate(long seed) {
        Random r = new Random(seed);
        LocalDate matriculation = LocalDate.of(2012 + r.nextInt(10), 8, 1 + r.nextInt(28));
        LocalDate graduation = matriculation.plusDays(365L * 4 + r.nextInt(700));
        ApplicantProfile.Builder b = ApplicantProfile.builder().externalId("R-" + seed).name("Given" + seed, "Family")
                .applicantType(ApplicantType.values()[r.nextInt(4)]).matriculationDate(matriculation)
                .graduationDate(graduation).matchYear(2027);
        Specialty primary = TARGETS[r.nextInt(TARGETS.length)];
        List<Specialty> targets = new ArrayList<>(List.of(primary));
        if (r.nextInt(3) == 0) {
            targets.add(r.nextBoolean() ? Specialty.PRELIM_MEDICINE : TARGETS[r.nextInt(TARGETS.length)]);
        }
        b.targetSpecialties(targets);

        LocalDate step1 = matriculation.plusDays(600 + r.nextInt(300));
        if (r.nextInt(4) == 0) {
            b.exam(ExamAttempt.failed(Exam.USMLE_STEP1, step1));
            step1 = step1.plusDays(60 + r.nextInt(120));
        }
        b.exam(r.nextBoolean() ? ExamAttempt.passed(Exam.USMLE_STEP1, step1)
                : ExamAttempt.passed(Exam.USMLE_STEP1, step1, 200 + r.nextInt(60)));
        LocalDate step2 = step1.plusDays(200 + r.nextInt(900));
        int kind = r.nextInt(6);
        if (kind == 0) {
            b.exam(ExamAttempt.failed(Exam.USMLE_STEP2_CK, step2));
            b.exam(ExamAttempt.passed(Exam.USMLE_STEP2_CK, step2.plusDays(120), 205 + r.nextInt(50)));
        } else if (kind == 1) {
            b.exam(ExamAttempt.scheduled(Exam.USMLE_STEP2_CK, LocalDate.of(2026, 6, 1).plusDays(r.nextInt(120))));
        } else if (kind != 2) {
            b.exam(new ExamAttempt(Exam.USMLE_STEP2_CK, step2, ExamOutcome.PASS, 210 + r.nextInt(50)));
        }

        b.timelineEntry(new TimelineEntry(TimelineKind.EDUCATION, "MD program", null, matriculation, graduation, true));
        LocalDate cursor = graduation.plusDays(r.nextInt(200));
        int entries = r.nextInt(4);
        for (int i = 0; i < entries; i++) {
            TimelineKind tk = TimelineKind.values()[1 + r.nextInt(TimelineKind.values().length - 1)];
            LocalDate end = cursor.plusDays(60 + r.nextInt(500));
            b.timelineEntry(tk == TimelineKind.LEAVE_OF_ABSENCE
                    ? TimelineEntry.leave(LeaveReason.values()[r.nextInt(5)], cursor, end)
                    : new TimelineEntry(tk, tk.name().toLowerCase(), null, cursor, r.nextInt(8) == 0 ? null : end, r.nextBoolean()));
            cursor = end.plusDays(r.nextInt(150));
        }
        if (r.nextInt(6) == 0) {
            b.timelineEntry(TimelineEntry.leave(LeaveReason.HEALTH, matriculation.plusDays(400), matriculation.plusDays(520)));
        }

        int clinical = r.nextInt(5);
        LocalDate c = LocalDate.of(2023, 1, 1).plusDays(r.nextInt(900));
        for (int i = 0; i < clinical; i++) {
            ClinicalKind ck = ClinicalKind.values()[r.nextInt(ClinicalKind.values().length)];
            Specialty s = r.nextInt(3) == 0 ? TARGETS[r.nextInt(TARGETS.length)] : primary == Specialty.MED_PEDS
                    ? (r.nextBoolean() ? Specialty.INTERNAL_MEDICINE : Specialty.PEDIATRICS) : primary;
            LocalDate end = c.plusDays(25 + r.nextInt(120));
            b.clinicalExperience(new ClinicalExperience(ck, s, "Hospital " + i, Setting.values()[r.nextInt(2)],
                    r.nextInt(5) != 0, c, r.nextInt(20) == 0 ? c.minusDays(10) : end, null));
            c = end.plusDays(r.nextInt(60));
        }

        int letters = r.nextInt(4);
        for (int i = 0; i < letters; i++) {
            Specialty s = r.nextBoolean() ? primary : TARGETS[r.nextInt(TARGETS.length)];
            b.letter(new Letter("Writer " + i, s, r.nextInt(6) != 0, r.nextBoolean(),
                    LetterStatus.values()[r.nextInt(5)], r.nextInt(8) == 0 ? LetterStrength.GENERIC : LetterStrength.STRONG,
                    LocalDate.of(2025, 1, 1).plusDays(r.nextInt(500)), true, null, null));
        }
        if (r.nextInt(5) == 0) {
            b.academicEvent(AcademicEvent.of(AcademicKind.values()[r.nextInt(5)],
                    r.nextBoolean() ? primary.name() : "Pharmacology", matriculation.plusDays(500), r.nextBoolean()));
        }
        if (r.nextInt(10) == 0) {
            b.professionalismEvent(new ProfessionalismEvent(matriculation.plusDays(800), "event", r.nextBoolean(), true));
        }
        if (r.nextInt(3) == 0) {
            b.cycle(new Cycle(2025 + r.nextInt(2), r.nextInt(4) == 0 ? CycleOutcome.WITHDREW : CycleOutcome.UNMATCHED,
                    List.of(new SpecialtyApplication(primary, 20 + r.nextInt(80), r.nextInt(4)))));
        }
        if (r.nextInt(3) == 0) {
            b.cycle(new Cycle(2027, CycleOutcome.IN_PROGRESS, List.of(new SpecialtyApplication(primary, 10 + r.nextInt(120), null))));
        }
        return b.build();
    }

    /** The same profile with every list in a shuffled order. */
    static ApplicantProfile shuffled(ApplicantProfile p, long seed) {
        Random r = new Random(seed);
        return p.toBuilder().exams(shuffle(p.exams(), r)).clinicalExperiences(shuffle(p.clinicalExperiences(), r))
                .letters(shuffle(p.letters(), r)).timeline(shuffle(p.timeline(), r))
                .academicEvents(shuffle(p.academicEvents(), r)).professionalismEvents(shuffle(p.professionalismEvents(), r))
                .cycles(shuffle(p.cycles(), r)).build();
    }

    private static <T> List<T> shuffle(List<T> list, Random r) {
        List<T> copy = new ArrayList<>(list);
        Collections.shuffle(copy, r);
        return copy;
    }
}
