package org.matchwise.applicant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.matchwise.testing.Profiles.d;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.matchwise.testing.Profiles;

class ApplicantProfileTest {

    @Test
    void a_score_outside_1_to_300_is_impossible() {
        assertThatThrownBy(() -> ExamAttempt.passed(Exam.USMLE_STEP2_CK, d("2023-01-01"), 301))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("score must be between 1 and 300");
        assertThatThrownBy(() -> ExamAttempt.passed(Exam.USMLE_STEP2_CK, d("2023-01-01"), 0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(ExamAttempt.passed(Exam.USMLE_STEP2_CK, d("2023-01-01"), 300).score()).isEqualTo(300);
        assertThat(ExamAttempt.passed(Exam.COMLEX_L2_CE, d("2023-01-01"), 560).score()).isEqualTo(560);
    }

    @Test
    void required_fields_are_named_when_missing() {
        assertThatThrownBy(() -> Profiles.minimal().externalId(null).build()).isInstanceOf(NullPointerException.class)
                .hasMessage("externalId is required");
        assertThatThrownBy(() -> new ClinicalExperience(ClinicalKind.HANDS_ON, null, null, null, true, d("2020-01-01"), null, null))
                .hasMessage("specialty is required");
    }

    @Test
    void inconsistent_dates_are_kept_for_r17() {
        ClinicalExperience reversed = ClinicalExperience.us(ClinicalKind.HANDS_ON, Specialty.PEDIATRICS, d("2025-05-01"), d("2025-04-01"));
        assertThat(reversed.hasValidDates()).isFalse();
    }

    @Test
    void lists_are_copied_and_null_lists_become_empty() {
        List<Specialty> targets = new ArrayList<>(List.of(Specialty.PEDIATRICS));
        ApplicantProfile p = new ApplicantProfile("X", new PersonName("A", "B"), null, ApplicantType.US_MD, null, null,
                d("2020-08-01"), d("2024-05-01"), targets, null, null, null, null, null, null, null, null, null);
        targets.add(Specialty.OTHER);
        assertThat(p.targetSpecialties()).containsExactly(Specialty.PEDIATRICS);
        assertThat(p.exams()).isEmpty();
        assertThat(p.visa()).isEqualTo(Visa.NONE);
        assertThatThrownBy(() -> p.exams().add(ExamAttempt.passed(Exam.USMLE_STEP1, d("2022-01-01"))))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void attempt_numbers_are_derived_by_date_and_scheduled_entries_have_none() {
        ApplicantProfile p = Profiles.minimal().exam(ExamAttempt.passed(Exam.USMLE_STEP1, d("2022-06-01")))
                .exam(ExamAttempt.failed(Exam.USMLE_STEP1, d("2022-02-01")))
                .exam(ExamAttempt.scheduled(Exam.USMLE_STEP2_CK, d("2026-07-01"))).build();
        assertThat(p.attemptNumber(0)).isEqualTo(2);
        assertThat(p.attemptNumber(1)).isEqualTo(1);
        assertThat(p.attemptNumber(2)).isZero();
    }

    @Test
    void all_attempt_numbers_at_once_match_each_one_asked_alone() {
        ApplicantProfile p = Profiles.minimal().exam(ExamAttempt.passed(Exam.USMLE_STEP1, d("2022-06-01")))
                .exam(ExamAttempt.failed(Exam.USMLE_STEP1, d("2022-02-01")))
                .exam(ExamAttempt.scheduled(Exam.USMLE_STEP2_CK, d("2026-07-01")))
                .exam(ExamAttempt.failed(Exam.USMLE_STEP2_CK, d("2025-03-01")))
                .exam(ExamAttempt.failed(Exam.USMLE_STEP1, d("2022-02-01")))
                .exam(ExamAttempt.passed(Exam.USMLE_STEP2_CK, d("2025-09-01"))).build();

        int[] all = p.attemptNumbers();

        assertThat(all).containsExactly(3, 1, 0, 1, 2, 2);
        for (int i = 0; i < all.length; i++) {
            assertThat(all[i]).as("exams[%d]", i).isEqualTo(p.attemptNumber(i));
        }
    }
}
