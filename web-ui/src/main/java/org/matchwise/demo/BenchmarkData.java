package org.matchwise.demo;

import static org.matchwise.applicant.Exam.USMLE_STEP1;
import static org.matchwise.applicant.Exam.USMLE_STEP2_CK;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.matchwise.applicant.AcademicEvent;
import org.matchwise.applicant.AcademicKind;
import org.matchwise.applicant.ApplicantProfile;
import org.matchwise.applicant.ApplicantType;
import org.matchwise.applicant.BulkCreate;
import org.matchwise.applicant.ClinicalExperience;
import org.matchwise.applicant.ClinicalKind;
import org.matchwise.applicant.Cycle;
import org.matchwise.applicant.CycleOutcome;
import org.matchwise.applicant.ExamAttempt;
import org.matchwise.applicant.LeaveReason;
import org.matchwise.applicant.Letter;
import org.matchwise.applicant.LetterStatus;
import org.matchwise.applicant.LetterStrength;
import org.matchwise.applicant.PracticeAssessment;
import org.matchwise.applicant.ProfessionalismEvent;
import org.matchwise.applicant.Setting;
import org.matchwise.applicant.Specialty;
import org.matchwise.applicant.SpecialtyApplication;
import org.matchwise.applicant.TimelineEntry;
import org.matchwise.applicant.TimelineKind;
import org.matchwise.applicant.Visa;

/**
 * Generated applicants for load tests and benchmarks: N applicants over M match years ending with the current
 * season, each with about thirteen records (exams, a practice test, clinical experiences, letters, timeline entries,
 * sometimes an academic or professionalism event, about four earlier cycles and the own cycle) in a realistic mix of
 * applicant types and specialties. Deterministic: the same seed gives the same applicants, and applicant
 * {@code i} does not depend on how many others are generated, so batches can be generated independently.
 */
public final class BenchmarkData {

    private static final String[] GIVEN = {"Dana", "Łucja", "Oluwaseun", "Minh Anh", "Priya", "José", "Zoë", "Kwame",
        "Siobhán", "Arsenii", "Fatima", "Mateus", "Ingrid", "Ayşe", "Thandiwe", "Hiroshi", "Noor", "Camila", "Gábor",
        "Mei-Ling", "Ruth", "Ömer", "Andrés", "Élodie", "Kofi", "Hana", "Samir", "Ewa", "Wiremu", "Yael"};
    private static final String[] FAMILY = {"Reyes", "Ñúñez-Øberg", "Adébáyọ̀", "Nguyễn", "Raghunathan", "Álvarez",
        "Müller", "Mensah", "Ní Bhriain", "Volkov", "Benali", "Araújo", "Þórsdóttir", "Yılmaz", "Dlamini", "Tanaka",
        "Al-Rashid", "Rodríguez", "Szűcs", "Chen", "Abebe", "Demir", "Quiñones", "Marchand", "Boateng", "Nováková",
        "Patel", "Kowalczyk", "Tāwhiri", "Ben-David"};
    private static final String[][] SCHOOLS = {{"St. George's University School of Medicine", "GD"},
        {"Ross University School of Medicine", "BB"}, {"American University of the Caribbean", "SX"},
        {"Saba University School of Medicine", "BQ"}, {"Medical University of Warsaw", "PL"},
        {"University of Lagos College of Medicine", "NG"}, {"Semmelweis University", "HU"},
        {"All India Institute of Medical Sciences", "IN"}, {"Cairo University Faculty of Medicine", "EG"},
        {"Universidad Autónoma de Guadalajara", "MX"}};
    private static final Specialty[] TARGETS = {Specialty.INTERNAL_MEDICINE, Specialty.INTERNAL_MEDICINE,
        Specialty.PEDIATRICS, Specialty.MED_PEDS, Specialty.FAMILY_MEDICINE, Specialty.PSYCHIATRY,
        Specialty.DIAGNOSTIC_RADIOLOGY, Specialty.NEUROLOGY, Specialty.GENERAL_SURGERY};

    private BenchmarkData() {
    }

    /** The match years of a run: {@code years} seasons ending with {@link DemoCohort#CURRENT_MATCH_YEAR}. */
    public static List<Integer> matchYears(int years) {
        return IntStream.range(0, years).mapToObj(i -> DemoCohort.CURRENT_MATCH_YEAR - years + 1 + i).toList();
    }

    /** Applicants {@code from} (inclusive) to {@code to} (exclusive) of a run over {@code years} match years. */
    public static Stream<ApplicantProfile> applicants(long seed, int years, int from, int to) {
        List<Integer> matchYears = matchYears(years);
        return IntStream.range(from, to).mapToObj(i -> applicant(seed, matchYears, i));
    }

    /** A roster CSV (header and {@code count} rows) for one match year, every row naming {@code advisorEmail}. */
    public static String rosterCsv(long seed, int count, int matchYear, String advisorEmail) {
        StringBuilder csv = new StringBuilder(String.join(",", org.matchwise.imports.RosterColumns.ALL)).append("\r\n");
        for (int i = 0; i < count; i++) {
            ApplicantProfile p = applicant(seed, List.of(matchYear), i);
            csv.append(String.join(",", List.of(p.externalId(), p.name().given(), p.name().family(), p.email(),
                    p.applicantType().name(), p.visa().name(), "\"" + p.medicalSchool().name().replace("\"", "\"\"") + "\"",
                    p.medicalSchool().country(), p.matriculationDate().toString(), p.graduationDate().toString(),
                    p.targetSpecialties().stream().map(Specialty::name).collect(Collectors.joining(";")),
                    Integer.toString(matchYear), advisorEmail))).append("\r\n");
        }
        return csv.toString();
    }

    /**
     * The cycles of a generated applicant whose season is over (every one before the current match year), as the
     * advising office would have recorded them: applications submitted on 15 September before the match year,
     * the season closed on Match Day (the third Friday of March of the match year).
     */
    public static List<BulkCreate.ClosedCycle> closedCycles(ApplicantProfile p) {
        return p.cycles().stream().filter(c -> c.matchYear() < DemoCohort.CURRENT_MATCH_YEAR)
                .map(c -> new BulkCreate.ClosedCycle(c.matchYear(),
                        LocalDate.of(c.matchYear() - 1, 9, 15).atTime(13, 0).toInstant(ZoneOffset.UTC),
                        matchDay(c.matchYear()).atTime(16, 0).toInstant(ZoneOffset.UTC)))
                .toList();
    }

    private static LocalDate matchDay(int year) {
        return LocalDate.of(year, 3, 1).with(TemporalAdjusters.dayOfWeekInMonth(3, DayOfWeek.FRIDAY));
    }

    static ApplicantProfile applicant(long seed, List<Integer> matchYears, int index) {
        SplittableRandom r = new SplittableRandom(seed * 1_000_003L + index);
        int y = matchYears.get(index % matchYears.size());
        int e = y - 1;
        ApplicantType type = pick(r, ApplicantType.US_IMG, ApplicantType.US_IMG, ApplicantType.NON_US_IMG,
                ApplicantType.US_MD, ApplicantType.US_DO);
        boolean img = type == ApplicantType.US_IMG || type == ApplicantType.NON_US_IMG;
        Specialty primary = TARGETS[r.nextInt(TARGETS.length)];
        List<Specialty> targets = new ArrayList<>(List.of(primary));
        if (r.nextInt(4) == 0) {
            Specialty second = TARGETS[r.nextInt(TARGETS.length)];
            if (second != primary) {
                targets.add(second);
            }
        }
        // earlier unmatched seasons: many IMGs apply for years (1 to 10 earlier seasons, 5.5 on average), US
        // graduates less often (0 to 4, 2 on average); with the own season about 5 cycles per applicant, and the
        // earliest may lie before the generated match years. Graduation comes before the first season.
        int earlier = img ? 1 + r.nextInt(10) : r.nextInt(5);
        int yearsSinceGraduation = img ? Math.max(r.nextInt(6), earlier - 1) : earlier;
        LocalDate graduation = img ? LocalDate.of(e - yearsSinceGraduation, 5, 20 + r.nextInt(10))
                : LocalDate.of(y - earlier, 5, 15 + r.nextInt(10));
        LocalDate matriculation = graduation.minusYears(4).withMonth(8).withDayOfMonth(1 + r.nextInt(28));
        String[] school = img ? SCHOOLS[r.nextInt(SCHOOLS.length)] : new String[] {"University of Example School of Medicine", "US"};
        String given = GIVEN[r.nextInt(GIVEN.length)];
        String family = FAMILY[r.nextInt(FAMILY.length)];
        String externalId = String.format(Locale.ROOT, "BM-%d-%07d", seed, index);

        ApplicantProfile.Builder b = ApplicantProfile.builder()
                .externalId(externalId)
                .name(given, family)
                .email("bm" + seed + "." + index + "@example.org")
                .applicantType(type)
                .visa(type == ApplicantType.NON_US_IMG ? pick(r, Visa.J1, Visa.J1, Visa.H1B) : Visa.NONE)
                .medicalSchool(school[0], school[1])
                .matriculationDate(matriculation)
                .graduationDate(graduation)
                .targetSpecialties(targets)
                .matchYear(y);

        LocalDate step1 = matriculation.plusYears(2).plusMonths(r.nextInt(6));
        if (r.nextInt(8) == 0) {
            b.exam(ExamAttempt.failed(USMLE_STEP1, step1));
            step1 = step1.plusMonths(4);
        }
        b.exam(ExamAttempt.passed(USMLE_STEP1, step1));
        LocalDate step2 = step1.plusMonths(10 + r.nextInt(8));
        if (step2.isAfter(LocalDate.of(e, 8, 1))) {
            b.exam(ExamAttempt.scheduled(USMLE_STEP2_CK, LocalDate.of(e, 7 + r.nextInt(3), 1 + r.nextInt(28))));
        } else {
            b.exam(ExamAttempt.passed(USMLE_STEP2_CK, step2, 205 + r.nextInt(60)));
        }
        b.practiceAssessment(new PracticeAssessment(USMLE_STEP2_CK, "NBME " + (9 + r.nextInt(6)),
                step2.minusWeeks(3), 200 + r.nextInt(60)));

        b.timelineEntry(new TimelineEntry(TimelineKind.EDUCATION, "MD program", null, matriculation, graduation, true));
        if (img && graduation.isBefore(LocalDate.of(e, 6, 1))) {
            b.timelineEntry(new TimelineEntry(pick(r, TimelineKind.WORK, TimelineKind.RESEARCH, TimelineKind.EXAM_PREPARATION),
                    "After graduation", null, graduation.plusMonths(r.nextInt(8)), null, true));
        }
        if (r.nextInt(10) == 0) {
            LocalDate leave = matriculation.plusYears(1).plusMonths(r.nextInt(12));
            b.timelineEntry(TimelineEntry.leave(pick(r, LeaveReason.values()), leave, leave.plusMonths(2 + r.nextInt(6))));
        }

        int experiences = 2 + r.nextInt(2);
        for (int k = 0; k < experiences; k++) {
            LocalDate start = LocalDate.of(e - 1, 1, 1).plusDays(r.nextInt(500));
            ClinicalKind kind = pick(r, ClinicalKind.HANDS_ON, ClinicalKind.HANDS_ON, ClinicalKind.SUB_INTERNSHIP,
                    ClinicalKind.OBSERVERSHIP, ClinicalKind.CLINICAL_JOB, ClinicalKind.RESEARCH);
            Specialty specialty = k == 0 ? primary : TARGETS[r.nextInt(TARGETS.length)];
            b.clinicalExperience(new ClinicalExperience(kind, specialty, "Teaching Hospital " + (1 + r.nextInt(400)),
                    pick(r, Setting.UNIVERSITY, Setting.COMMUNITY), !img || r.nextInt(5) > 0, start,
                    start.plusDays(28 + r.nextInt(90)), "Dr. " + FAMILY[r.nextInt(FAMILY.length)]));
        }
        int letters = 2 + r.nextInt(2);
        for (int k = 0; k < letters; k++) {
            b.letter(new Letter("Dr. " + GIVEN[r.nextInt(GIVEN.length)] + " " + FAMILY[r.nextInt(FAMILY.length)],
                    k == 0 ? primary : TARGETS[r.nextInt(TARGETS.length)], r.nextInt(6) > 0, r.nextBoolean(),
                    pick(r, LetterStatus.values()), pick(r, LetterStrength.STRONG, LetterStrength.STRONG,
                            LetterStrength.STANDARD, LetterStrength.GENERIC),
                    LocalDate.of(e, 1, 1).plusDays(r.nextInt(200)), r.nextInt(10) > 0, null, null));
        }
        if (r.nextInt(12) == 0) {
            b.academicEvent(AcademicEvent.of(pick(r, AcademicKind.values()), pick(r, "INTERNAL_MEDICINE", "Pharmacology",
                    "PEDIATRICS"), matriculation.plusYears(2), r.nextBoolean()));
        }
        if (r.nextInt(40) == 0) {
            b.professionalismEvent(new ProfessionalismEvent(matriculation.plusYears(3), "Late to a clerkship repeatedly",
                    r.nextBoolean(), r.nextBoolean()));
        }
        for (int k = earlier; k >= 1; k--) {
            b.cycle(new Cycle(y - k, CycleOutcome.UNMATCHED,
                    List.of(new SpecialtyApplication(primary, 20 + r.nextInt(80), r.nextInt(3)))));
        }
        boolean current = y >= DemoCohort.CURRENT_MATCH_YEAR;
        b.cycle(new Cycle(y, current ? CycleOutcome.IN_PROGRESS
                : pick(r, CycleOutcome.MATCHED, CycleOutcome.MATCHED, CycleOutcome.MATCHED, CycleOutcome.SOAP_MATCHED,
                        CycleOutcome.UNMATCHED, CycleOutcome.WITHDREW),
                List.of(new SpecialtyApplication(primary, 20 + r.nextInt(100), current ? null : r.nextInt(15)))));
        return b.build();
    }

    @SafeVarargs
    private static <T> T pick(SplittableRandom r, T... values) {
        return values[r.nextInt(values.length)];
    }
}
