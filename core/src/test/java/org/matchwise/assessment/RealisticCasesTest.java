package org.matchwise.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.matchwise.applicant.Exam.USMLE_STEP1;
import static org.matchwise.applicant.Exam.USMLE_STEP2_CK;
import static org.matchwise.applicant.ExamAttempt.failed;
import static org.matchwise.applicant.ExamAttempt.passed;
import static org.matchwise.applicant.ExamAttempt.scheduled;
import static org.matchwise.testing.Profiles.clean;
import static org.matchwise.testing.Profiles.d;
import static org.matchwise.testing.Profiles.received;
import static org.matchwise.testing.Profiles.us;
import static org.matchwise.testing.Profiles.usHandsOn;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.matchwise.applicant.AcademicEvent;
import org.matchwise.applicant.AcademicKind;
import org.matchwise.applicant.ApplicantProfile;
import org.matchwise.applicant.ApplicantType;
import org.matchwise.applicant.ClinicalKind;
import org.matchwise.applicant.Cycle;
import org.matchwise.applicant.CycleOutcome;
import org.matchwise.applicant.Exam;
import org.matchwise.applicant.LeaveReason;
import org.matchwise.applicant.Letter;
import org.matchwise.applicant.LetterStatus;
import org.matchwise.applicant.LetterStrength;
import org.matchwise.applicant.ProfessionalismEvent;
import org.matchwise.applicant.Specialty;
import org.matchwise.applicant.SpecialtyApplication;
import org.matchwise.applicant.TimelineEntry;
import org.matchwise.applicant.TimelineKind;
import org.matchwise.flags.Flag;
import org.matchwise.flags.ManualFlag;
import org.matchwise.flags.RuleId;
import org.matchwise.flags.Severity;
import org.matchwise.readiness.Verdict;
import org.matchwise.testing.Profiles;

/** Applicants drawn from the seed articles, each with its exact flags and verdict. */
class RealisticCasesTest {

    private static Assessment assess(ApplicantProfile p) {
        return Assessor.assess(p, Profiles.rules(), Profiles.AS_OF);
    }

    private static Map<RuleId, String> flags(Assessment a) {
        Map<RuleId, String> out = new LinkedHashMap<>();
        for (Flag f : a.flags()) {
            out.put(f.rule(), f.severity() + (f.pattern() == null ? "" : " " + f.pattern()));
        }
        return out;
    }

    private static void expect(ApplicantProfile p, Verdict verdict, Object... ruleAndSeverity) {
        Assessment a = assess(p);
        Map<RuleId, String> expected = new LinkedHashMap<>();
        for (int i = 0; i < ruleAndSeverity.length; i += 2) {
            expected.put((RuleId) ruleAndSeverity[i], (String) ruleAndSeverity[i + 1]);
        }
        assertThat(flags(a)).isEqualTo(expected);
        assertThat(a.readiness().verdict()).isEqualTo(verdict);
    }

    private static ApplicantProfile.Builder medPeds() {
        return clean().targetSpecialties(Specialty.MED_PEDS, Specialty.INTERNAL_MEDICINE)
                .clinicalExperience(usHandsOn(Specialty.PEDIATRICS, "2026-03-02", "2026-04-15"))
                .letters(List.of(received("A. Internist, MD", Specialty.INTERNAL_MEDICINE), received("B. Pediatrician, MD", Specialty.PEDIATRICS)));
    }

    private static ApplicantProfile.Builder pediatrics() {
        return clean().targetSpecialties(Specialty.PEDIATRICS)
                .clinicalExperiences(List.of(usHandsOn(Specialty.PEDIATRICS, "2025-09-01", "2025-11-30"),
                        usHandsOn(Specialty.PEDIATRICS, "2026-01-05", "2026-03-01")))
                .letters(List.of(received("P. One, MD", Specialty.PEDIATRICS), received("P. Two, MD", Specialty.PEDIATRICS)));
    }

    @Test
    void a_med_peds_applicant_with_step2_of_221_is_low_but_workable() {
        expect(medPeds().exams(List.of(passed(USMLE_STEP1, d("2022-06-01")), passed(USMLE_STEP2_CK, d("2023-07-01"), 221))).build(),
                Verdict.READY_WITH_RISKS, RuleId.R3, "MEDIUM");
    }

    @Test
    void a_med_peds_applicant_with_step2_of_218_is_a_high_score_risk_but_may_still_apply() {
        expect(medPeds().exams(List.of(passed(USMLE_STEP1, d("2022-06-01")), passed(USMLE_STEP2_CK, d("2023-07-01"), 218))).build(),
                Verdict.READY_WITH_RISKS, RuleId.R3, "HIGH");
    }

    @Test
    void a_pediatrics_applicant_who_failed_step1_and_sits_step2_in_september_should_delay() {
        expect(pediatrics().exams(List.of(failed(USMLE_STEP1, d("2022-02-01")), passed(USMLE_STEP1, d("2022-06-01")),
                        scheduled(USMLE_STEP2_CK, d("2026-09-10")))).build(), Verdict.NOT_READY,
                RuleId.R1, "MEDIUM ISOLATED_RECOVERED", RuleId.R2, "MEDIUM", RuleId.R16, "HIGH");
    }

    @Test
    void a_2019_graduate_whose_last_rotation_ended_in_2022_is_not_ready() {
        ApplicantProfile p = clean().matriculationDate(d("2013-08-15")).graduationDate(d("2019-05-30"))
                .exams(List.of(passed(USMLE_STEP1, d("2017-06-01")), passed(USMLE_STEP2_CK, d("2018-07-01"), 245)))
                .timeline(List.of(TimelineEntry.of(TimelineKind.EDUCATION, d("2013-08-15"), d("2019-05-30"), true),
                        TimelineEntry.of(TimelineKind.WORK, d("2019-06-01"), null, false)))
                .clinicalExperiences(List.of(usHandsOn(Specialty.INTERNAL_MEDICINE, "2022-01-01", "2022-06-30"))).build();
        expect(p, Verdict.NOT_READY, RuleId.R7, "HIGH", RuleId.R8, "HIGH");
    }

    @Test
    void a_re_applicant_with_nothing_new_since_last_season_should_not_reapply_yet() {
        ApplicantProfile p = clean().clinicalExperiences(List.of(usHandsOn(Specialty.INTERNAL_MEDICINE, "2025-05-01", "2025-09-20")))
                .cycle(new Cycle(2026, CycleOutcome.UNMATCHED, List.of(new SpecialtyApplication(Specialty.INTERNAL_MEDICINE, 80, 0))))
                .build();
        expect(p, Verdict.NOT_READY, RuleId.R14, "HIGH");
    }

    @Test
    void a_re_applicant_with_new_us_rotations_reapplies_with_risks_and_the_comparison_shows_them() {
        ApplicantProfile p = clean().cycle(new Cycle(2026, CycleOutcome.UNMATCHED,
                List.of(new SpecialtyApplication(Specialty.INTERNAL_MEDICINE, 80, 0)))).build();
        expect(p, Verdict.READY_WITH_RISKS, RuleId.R14, "MEDIUM");
        var comparison = assess(p).readiness().cycleComparison();
        assertThat(comparison.lastUnmatchedMatchYear()).isEqualTo(2026);
        assertThat(comparison.since()).isEqualTo(d("2025-09-24"));
        assertThat(comparison.newClinicalExperiences()).containsExactly("clinicalExperiences[1]");
        assertThat(comparison.newUsHandsOnMonths()).isCloseTo(55 / 30.44, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(comparison.nothingChanged()).isFalse();
    }

    @Test
    void a_pediatrics_applicant_with_internal_medicine_observerships_only_is_not_ready() {
        ApplicantProfile p = pediatrics().clinicalExperiences(List.of(us(ClinicalKind.OBSERVERSHIP, Specialty.INTERNAL_MEDICINE,
                "2025-09-01", "2026-02-01"))).build();
        expect(p, Verdict.NOT_READY, RuleId.R9, "MEDIUM", RuleId.R10, "MEDIUM");
    }

    @Test
    void a_radiology_applicant_without_a_radiology_rotation_has_only_a_soft_flag() {
        ApplicantProfile p = clean().targetSpecialties(Specialty.DIAGNOSTIC_RADIOLOGY)
                .letter(received("R. Radiologist, MD", Specialty.DIAGNOSTIC_RADIOLOGY)).build();
        expect(p, Verdict.READY, RuleId.R10, "LOW");
    }

    @Test
    void radiology_with_psychiatry_as_backup_is_scattered() {
        ApplicantProfile p = clean().targetSpecialties(Specialty.DIAGNOSTIC_RADIOLOGY, Specialty.PSYCHIATRY)
                .clinicalExperience(usHandsOn(Specialty.DIAGNOSTIC_RADIOLOGY, "2026-03-02", "2026-04-30"))
                .letter(received("R. Radiologist, MD", Specialty.DIAGNOSTIC_RADIOLOGY)).build();
        expect(p, Verdict.READY, RuleId.R15, "LOW");
    }

    @Test
    void a_health_leave_during_school_alone_is_a_low_isolated_flag() {
        expect(clean().timelineEntry(TimelineEntry.leave(LeaveReason.HEALTH, d("2022-01-01"), d("2022-06-30"))).build(),
                Verdict.READY, RuleId.R6, "LOW ISOLATED");
    }

    @Test
    void a_leave_around_a_step1_failure_weighs_more() {
        ApplicantProfile p = clean().timelineEntry(TimelineEntry.leave(LeaveReason.HEALTH, d("2021-10-01"), d("2021-12-31")))
                .exams(List.of(failed(USMLE_STEP1, d("2022-02-01")), passed(USMLE_STEP1, d("2022-06-01")),
                        passed(USMLE_STEP2_CK, d("2023-07-01"), 240))).build();
        expect(p, Verdict.READY_WITH_RISKS, RuleId.R1, "MEDIUM ISOLATED_RECOVERED", RuleId.R2, "MEDIUM",
                RuleId.R6, "MEDIUM ISOLATED");
    }

    @Test
    void a_professionalism_event_with_formal_remediation_is_high_but_not_blocking() {
        expect(clean().professionalismEvent(new ProfessionalismEvent(d("2022-02-01"), "late to rounds", true, true)).build(),
                Verdict.READY_WITH_RISKS, RuleId.R13, "HIGH ISOLATED");
    }

    @Test
    void thirteen_unexplained_months_after_research_are_a_high_gap() {
        ApplicantProfile p = clean().timeline(List.of(TimelineEntry.of(TimelineKind.EDUCATION, d("2020-08-15"), d("2024-05-30"), true),
                TimelineEntry.of(TimelineKind.RESEARCH, d("2024-06-15"), d("2024-08-01"), true))).build();
        expect(p, Verdict.READY_WITH_RISKS, RuleId.R5, "HIGH");
    }

    @Test
    void a_failed_internal_medicine_clerkship_repeated_and_passed_is_high_but_recovered() {
        expect(clean().academicEvent(AcademicEvent.of(AcademicKind.CLERKSHIP_FAILURE, "INTERNAL_MEDICINE", d("2023-03-01"), true))
                .build(), Verdict.READY_WITH_RISKS, RuleId.R12, "HIGH ISOLATED_RECOVERED");
    }

    @Test
    void an_old_numeric_step1_above_step2_is_a_score_drop() {
        expect(clean().exams(List.of(passed(USMLE_STEP1, d("2021-06-01"), 245), passed(USMLE_STEP2_CK, d("2023-07-01"), 238))).build(),
                Verdict.READY_WITH_RISKS, RuleId.R4, "MEDIUM");
    }

    @Test
    void two_overlapping_full_time_jobs_are_a_data_quality_flag_only() {
        ApplicantProfile p = clean().timelineEntry(TimelineEntry.of(TimelineKind.WORK, d("2024-06-01"), d("2025-06-01"), true))
                .timelineEntry(TimelineEntry.of(TimelineKind.WORK, d("2024-09-01"), d("2025-03-01"), true)).build();
        expect(p, Verdict.READY, RuleId.R17, "LOW");
    }

    @Test
    void an_advisors_english_proficiency_concern_makes_a_clean_profile_risky() {
        Assessment a = Assessor.assess(clean().build(), Profiles.rules(), Profiles.AS_OF,
                List.of(new ManualFlag(Severity.MEDIUM, "English proficiency in mock interview", "advisor", d("2026-05-01"))));
        assertThat(a.flags()).extracting(Flag::rule).containsExactly(RuleId.R18);
        assertThat(a.readiness().verdict()).isEqualTo(Verdict.READY_WITH_RISKS);
    }

    @Test
    void a_generic_letter_is_flagged_even_when_enough_letters_exist() {
        ApplicantProfile p = clean().letter(Letter.us("G. Eneric, MD", Specialty.INTERNAL_MEDICINE, LetterStatus.RECEIVED,
                LetterStrength.GENERIC)).build();
        expect(p, Verdict.READY_WITH_RISKS, RuleId.R11, "MEDIUM");
    }

    @Test
    void a_do_applying_with_comlex_level_2_booked_in_july_is_on_track_and_ready() {
        ApplicantProfile p = clean().applicantType(ApplicantType.US_DO).exams(List.of(passed(Exam.COMLEX_L1, d("2022-06-01")),
                scheduled(Exam.COMLEX_L2_CE, d("2026-07-15")))).build();
        Assessment a = assess(p);
        assertThat(a.flags()).isEmpty();
        assertThat(a.step2Timing().status()).isEqualTo(org.matchwise.flags.Step2Status.ON_TRACK);
        assertThat(a.readiness().verdict()).isEqualTo(Verdict.READY);
    }

    @Test
    void a_clean_internal_medicine_applicant_is_ready_with_an_empty_checklist() {
        Assessment a = assess(clean().build());
        assertThat(a.flags()).isEmpty();
        assertThat(a.readiness().verdict()).isEqualTo(Verdict.READY);
        assertThat(a.readiness().checklist()).isEmpty();
        assertThat(a.ruleSet().version()).isEqualTo(1);
    }
}
