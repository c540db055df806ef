package org.matchwise.flags;

import static org.assertj.core.api.Assertions.assertThat;
import static org.matchwise.applicant.Exam.COMLEX_L2_CE;
import static org.matchwise.applicant.Exam.USMLE_STEP1;
import static org.matchwise.applicant.Exam.USMLE_STEP2_CK;
import static org.matchwise.applicant.ExamAttempt.failed;
import static org.matchwise.applicant.ExamAttempt.passed;
import static org.matchwise.applicant.ExamAttempt.scheduled;
import static org.matchwise.flags.FlagTesting.flags;
import static org.matchwise.testing.Profiles.clean;
import static org.matchwise.testing.Profiles.d;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.matchwise.applicant.ApplicantProfile;
import org.matchwise.applicant.ExamAttempt;
import org.matchwise.applicant.Specialty;
import org.matchwise.ruleset.ScoreBands;
import org.matchwise.testing.Profiles;

class ExamRulesTest {

    static ApplicantProfile withExams(ExamAttempt... exams) {
        return clean().exams(List.of(exams)).build();
    }

    static ApplicantProfile withExams(Specialty primary, ExamAttempt... exams) {
        return clean().targetSpecialties(primary).exams(List.of(exams)).build();
    }

    @Nested
    class R1_exam_failure {
        @Test
        void a_single_step1_failure_followed_by_a_pass_is_isolated_and_recovered() {
            Flag f = flags(withExams(failed(USMLE_STEP1, d("2022-02-01")), passed(USMLE_STEP1, d("2022-06-01")),
                    passed(USMLE_STEP2_CK, d("2023-07-01"), 240))).get(RuleId.R1);
            assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
            assertThat(f.pattern()).isEqualTo(PatternMark.ISOLATED_RECOVERED);
            assertThat(f.category()).isEqualTo(FlagCategory.EXAM_FAILURE);
            assertThat(f.evidence()).containsExactly("exams[0]", "exams[1]");
        }

        @Test
        void a_single_failure_not_yet_passed_is_isolated() {
            Flag f = flags(withExams(failed(USMLE_STEP1, d("2022-02-01")), scheduled(USMLE_STEP1, d("2026-06-01")),
                    passed(USMLE_STEP2_CK, d("2023-07-01"), 240))).get(RuleId.R1);
            assertThat(f.pattern()).isEqualTo(PatternMark.ISOLATED);
            assertThat(f.message()).isEqualTo("Failed USMLE Step 1 on 2022-02-01");
        }

        @Test
        void a_step2_ck_failure_is_high_even_when_passed_later() {
            Flag f = flags(withExams(passed(USMLE_STEP1, d("2022-06-01")), failed(USMLE_STEP2_CK, d("2023-03-01")),
                    passed(USMLE_STEP2_CK, d("2023-07-01"), 240))).get(RuleId.R1);
            assertThat(f.severity()).isEqualTo(Severity.HIGH);
            assertThat(f.pattern()).isEqualTo(PatternMark.ISOLATED_RECOVERED);
        }

        @Test
        void a_comlex_level_2_failure_is_high_too() {
            Flag f = flags(withExams(failed(COMLEX_L2_CE, d("2023-03-01")), passed(COMLEX_L2_CE, d("2023-07-01"), 550)))
                    .get(RuleId.R1);
            assertThat(f.severity()).isEqualTo(Severity.HIGH);
        }

        @Test
        void two_failures_are_a_high_pattern() {
            Flag f = flags(withExams(failed(USMLE_STEP1, d("2022-02-01")), failed(USMLE_STEP1, d("2022-04-01")),
                    passed(USMLE_STEP1, d("2022-06-01")), passed(USMLE_STEP2_CK, d("2023-07-01"), 240))).get(RuleId.R1);
            assertThat(f.severity()).isEqualTo(Severity.HIGH);
            assertThat(f.pattern()).isEqualTo(PatternMark.PATTERN);
            assertThat(f.evidence()).containsExactly("exams[0]", "exams[1]", "exams[2]");
        }

        @Test
        void a_scheduled_attempt_is_not_a_failure_and_passes_alone_raise_nothing() {
            assertThat(flags(withExams(passed(USMLE_STEP1, d("2022-06-01")), scheduled(USMLE_STEP2_CK, d("2026-06-01")))))
                    .doesNotContainKey(RuleId.R1);
        }

        @Test
        void a_pass_dated_before_the_failure_is_no_recovery() {
            Flag f = flags(withExams(passed(USMLE_STEP1, d("2021-06-01")), failed(USMLE_STEP1, d("2022-02-01")),
                    passed(USMLE_STEP2_CK, d("2023-07-01"), 240))).get(RuleId.R1);
            assertThat(f.pattern()).isEqualTo(PatternMark.ISOLATED);
        }
    }

    @Nested
    class R2_multiple_attempts {
        @Test
        void two_attempts_at_the_same_exam_fire_medium() {
            Flag f = flags(withExams(failed(USMLE_STEP1, d("2022-02-01")), passed(USMLE_STEP1, d("2022-06-01")),
                    passed(USMLE_STEP2_CK, d("2023-07-01"), 240))).get(RuleId.R2);
            assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
            assertThat(f.pattern()).isNull();
            assertThat(f.evidence()).containsExactly("exams[0]", "exams[1]");
            assertThat(f.message()).isEqualTo("2 attempts at USMLE Step 1");
        }

        @Test
        void one_attempt_per_exam_does_not_fire() {
            assertThat(flags(clean().build())).doesNotContainKey(RuleId.R2);
        }

        @Test
        void a_scheduled_retake_is_not_a_second_attempt() {
            assertThat(flags(withExams(failed(USMLE_STEP1, d("2022-02-01")), scheduled(USMLE_STEP1, d("2026-06-01")),
                    passed(USMLE_STEP2_CK, d("2023-07-01"), 240)))).doesNotContainKey(RuleId.R2);
        }
    }

    @Nested
    class R3_low_score {
        @Test
        void med_peds_step2_at_the_band_edge_225_does_not_fire() {
            assertThat(flags(withExams(Specialty.MED_PEDS, passed(USMLE_STEP1, d("2022-06-01")),
                    passed(USMLE_STEP2_CK, d("2023-07-01"), 225)))).doesNotContainKey(RuleId.R3);
        }

        @Test
        void med_peds_step2_of_224_fires_medium() {
            Flag f = flags(withExams(Specialty.MED_PEDS, passed(USMLE_STEP1, d("2022-06-01")),
                    passed(USMLE_STEP2_CK, d("2023-07-01"), 224))).get(RuleId.R3);
            assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
            assertThat(f.evidence()).containsExactly("exams[1]");
        }

        @Test
        void med_peds_step2_of_220_is_medium_and_219_is_high() {
            assertThat(flags(withExams(Specialty.MED_PEDS, passed(USMLE_STEP2_CK, d("2023-07-01"), 220))).get(RuleId.R3)
                    .severity()).isEqualTo(Severity.MEDIUM);
            assertThat(flags(withExams(Specialty.MED_PEDS, passed(USMLE_STEP2_CK, d("2023-07-01"), 219))).get(RuleId.R3)
                    .severity()).isEqualTo(Severity.HIGH);
        }

        @Test
        void pediatrics_and_internal_medicine_fire_below_220_only_at_medium() {
            assertThat(flags(withExams(Specialty.PEDIATRICS, passed(USMLE_STEP2_CK, d("2023-07-01"), 220))))
                    .doesNotContainKey(RuleId.R3);
            assertThat(flags(withExams(Specialty.PEDIATRICS, passed(USMLE_STEP2_CK, d("2023-07-01"), 219))).get(RuleId.R3)
                    .severity()).isEqualTo(Severity.MEDIUM);
            assertThat(flags(withExams(Specialty.INTERNAL_MEDICINE, passed(USMLE_STEP2_CK, d("2023-07-01"), 205))).get(RuleId.R3)
                    .severity()).isEqualTo(Severity.MEDIUM);
        }

        @Test
        void specialties_without_a_band_never_fire_on_step2() {
            assertThat(flags(withExams(Specialty.DIAGNOSTIC_RADIOLOGY, passed(USMLE_STEP2_CK, d("2023-07-01"), 200))))
                    .doesNotContainKey(RuleId.R3);
        }

        @Test
        void a_numeric_step1_below_215_fires_and_215_does_not() {
            assertThat(flags(withExams(passed(USMLE_STEP1, d("2021-06-01"), 214), passed(USMLE_STEP2_CK, d("2023-07-01"), 240)))
                    .get(RuleId.R3).severity()).isEqualTo(Severity.MEDIUM);
            assertThat(flags(withExams(passed(USMLE_STEP1, d("2021-06-01"), 215), passed(USMLE_STEP2_CK, d("2023-07-01"), 240))))
                    .doesNotContainKey(RuleId.R3);
        }

        @Test
        void the_highest_step2_score_is_the_one_read() {
            assertThat(flags(withExams(Specialty.MED_PEDS, failed(USMLE_STEP2_CK, d("2023-01-01")),
                    new ExamAttempt(USMLE_STEP2_CK, d("2023-02-01"), org.matchwise.applicant.ExamOutcome.FAIL, 205),
                    passed(USMLE_STEP2_CK, d("2023-07-01"), 232)))).doesNotContainKey(RuleId.R3);
        }

        @Test
        void an_admin_can_raise_the_internal_medicine_band() {
            var rules = Profiles.rules().withScoreBands(Specialty.INTERNAL_MEDICINE, ScoreBands.low(245));
            assertThat(FlagTesting.flags(clean().build(), rules, Profiles.AS_OF)).containsKey(RuleId.R3);
        }
    }

    @Nested
    class R4_score_drop {
        @Test
        void a_step2_below_step1_fires_medium_with_both_attempts() {
            Flag f = flags(withExams(passed(USMLE_STEP1, d("2021-06-01"), 240), passed(USMLE_STEP2_CK, d("2023-07-01"), 238)))
                    .get(RuleId.R4);
            assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
            assertThat(f.evidence()).containsExactly("exams[0]", "exams[1]");
        }

        @Test
        void an_equal_or_higher_step2_does_not_fire() {
            assertThat(flags(withExams(passed(USMLE_STEP1, d("2021-06-01"), 240), passed(USMLE_STEP2_CK, d("2023-07-01"), 240))))
                    .doesNotContainKey(RuleId.R4);
        }

        @Test
        void a_pass_fail_step1_cannot_drop() {
            assertThat(flags(withExams(passed(USMLE_STEP1, d("2022-06-01")), passed(USMLE_STEP2_CK, d("2023-07-01"), 221))))
                    .doesNotContainKey(RuleId.R4);
        }
    }

    @Nested
    class R16_step2_timing {
        @Test
        void a_scheduled_step2_whose_score_lands_exactly_on_opening_day_is_on_track() {
            // 2026-08-27 + 28 days = 2026-09-24, programs' opening day
            ApplicantProfile p = withExams(passed(USMLE_STEP1, d("2022-06-01")), scheduled(USMLE_STEP2_CK, d("2026-08-27")));
            assertThat(Step2Timing.of(p, Profiles.rules()).status()).isEqualTo(Step2Status.ON_TRACK);
            assertThat(Step2Timing.of(p, Profiles.rules()).scoreAvailableBy()).isEqualTo(d("2026-09-24"));
            assertThat(flags(p)).doesNotContainKey(RuleId.R16);
        }

        @Test
        void one_day_later_is_late_and_fires_medium() {
            ApplicantProfile p = withExams(passed(USMLE_STEP1, d("2022-06-01")), scheduled(USMLE_STEP2_CK, d("2026-08-28")));
            assertThat(Step2Timing.of(p, Profiles.rules()).status()).isEqualTo(Step2Status.LATE);
            Flag f = flags(p).get(RuleId.R16);
            assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
            assertThat(f.evidence()).containsExactly("exams[1]");
        }

        @Test
        void not_scheduled_fires_and_a_step1_failure_makes_it_high() {
            ApplicantProfile p = withExams(failed(USMLE_STEP1, d("2022-02-01")), passed(USMLE_STEP1, d("2022-06-01")));
            assertThat(Step2Timing.of(p, Profiles.rules()).status()).isEqualTo(Step2Status.NOT_SCHEDULED);
            assertThat(Step2Timing.of(p, Profiles.rules()).scoreAvailableBy()).isNull();
            assertThat(flags(p).get(RuleId.R16).severity()).isEqualTo(Severity.HIGH);
        }

        @Test
        void failed_and_not_passed_fires_high() {
            ApplicantProfile p = withExams(passed(USMLE_STEP1, d("2022-06-01")), failed(USMLE_STEP2_CK, d("2024-02-01")));
            assertThat(Step2Timing.of(p, Profiles.rules()).status()).isEqualTo(Step2Status.FAILED_NOT_PASSED);
            assertThat(flags(p).get(RuleId.R16).severity()).isEqualTo(Severity.HIGH);
        }

        @Test
        void a_low_step1_score_that_fires_r3_makes_a_late_step2_high() {
            ApplicantProfile p = withExams(passed(USMLE_STEP1, d("2021-06-01"), 210), scheduled(USMLE_STEP2_CK, d("2026-09-10")));
            Map<RuleId, Flag> flags = flags(p);
            assertThat(flags).containsKey(RuleId.R3);
            assertThat(flags.get(RuleId.R16).severity()).isEqualTo(Severity.HIGH);
        }

        @Test
        void a_passed_step2_never_fires_and_its_score_date_is_the_test_date_plus_28_days() {
            Step2Timing t = Step2Timing.of(clean().build(), Profiles.rules());
            assertThat(t.status()).isEqualTo(Step2Status.PASSED);
            assertThat(t.scoreAvailableBy()).isEqualTo(d("2023-07-29"));
            assertThat(flags(clean().build())).doesNotContainKey(RuleId.R16);
        }

        @Test
        void the_earliest_scheduled_attempt_sets_the_status() {
            ApplicantProfile p = withExams(scheduled(USMLE_STEP2_CK, d("2026-10-01")), scheduled(USMLE_STEP2_CK, d("2026-07-01")));
            assertThat(Step2Timing.of(p, Profiles.rules()).status()).isEqualTo(Step2Status.ON_TRACK);
        }

        @Test
        void a_do_applying_with_comlex_only_is_timed_on_level_2() {
            ApplicantProfile p = withExams(passed(COMLEX_L2_CE, d("2023-07-01"), 560));
            Step2Timing t = Step2Timing.of(p, Profiles.rules());
            assertThat(t.exam()).isEqualTo(COMLEX_L2_CE);
            assertThat(t.status()).isEqualTo(Step2Status.PASSED);
        }
    }
}
