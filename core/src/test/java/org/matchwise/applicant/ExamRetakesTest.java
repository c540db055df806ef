package org.matchwise.applicant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.matchwise.testing.Profiles.d;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.matchwise.testing.Profiles;

class ExamRetakesTest {

    private static ApplicantProfile exams(ExamAttempt... attempts) {
        return Profiles.minimal().exams(List.of(attempts)).build();
    }

    @Test
    void a_failure_then_a_pass_is_no_retake_of_a_passed_exam() {
        assertThat(ExamRetakes.of(exams(ExamAttempt.failed(Exam.USMLE_STEP1, d("2019-06-10")),
                ExamAttempt.passed(Exam.USMLE_STEP1, d("2019-10-02"))).exams())).isEmpty();
    }

    @Test
    void an_attempt_after_a_pass_of_the_same_exam_is_refused_with_the_exam_and_the_pass_in_words() {
        var found = ExamRetakes.of(exams(ExamAttempt.passed(Exam.USMLE_STEP1, d("2019-10-02")),
                ExamAttempt.passed(Exam.USMLE_STEP2_CK, d("2020-09-01"), 237),
                ExamAttempt.failed(Exam.USMLE_STEP1, d("2020-02-01"))).exams());

        assertThat(found).singleElement().satisfies(r -> {
            assertThat(r.path()).isEqualTo("exams[2]");
            assertThat(r.passedOn()).isEqualTo(d("2019-10-02"));
            assertThat(r.message(Locale.ENGLISH)).isEqualTo("USMLE Step 1 was passed on 2019-10-02: USMLE and COMLEX do"
                    + " not allow retaking a passed exam, so an attempt on 2020-02-01 cannot be recorded.");
        });
    }

    @Test
    void a_second_pass_and_a_planned_sitting_after_a_pass_are_retakes_too_and_comlex_follows_the_same_rule() {
        var found = ExamRetakes.of(exams(ExamAttempt.passed(Exam.COMLEX_L1, d("2021-05-02")),
                ExamAttempt.passed(Exam.COMLEX_L1, d("2021-09-01")),
                ExamAttempt.scheduled(Exam.COMLEX_L1, d("2022-01-10"))).exams());

        assertThat(found).extracting(ExamRetakes.RetakeAfterPass::index).containsExactly(1, 2);
        assertThat(found.get(1).message(Locale.ENGLISH)).contains("COMLEX Level 1 was passed on 2021-05-02")
                .contains("a sitting on 2022-01-10 cannot be planned");
    }

    @Test
    void a_plan_dated_on_or_before_the_pass_is_the_plan_that_came_true_not_a_retake() {
        assertThat(ExamRetakes.of(exams(ExamAttempt.scheduled(Exam.USMLE_STEP2_CK, d("2020-09-01")),
                ExamAttempt.passed(Exam.USMLE_STEP2_CK, d("2020-09-01"), 240),
                ExamAttempt.scheduled(Exam.USMLE_STEP2_CK, d("2020-08-01"))).exams())).isEmpty();
    }

    @Test
    void only_what_a_change_adds_is_refused_so_a_record_stored_before_the_rule_still_saves() {
        ApplicantProfile legacy = exams(ExamAttempt.passed(Exam.USMLE_STEP1, d("2019-10-02")),
                ExamAttempt.failed(Exam.USMLE_STEP1, d("2020-02-01")));
        ApplicantProfile edited = legacy.toBuilder().exam(ExamAttempt.passed(Exam.USMLE_STEP2_CK, d("2021-01-01"), 230))
                .build();
        ApplicantProfile retaken = legacy.toBuilder().exam(ExamAttempt.scheduled(Exam.USMLE_STEP1, d("2021-03-01")))
                .build();

        assertThat(ExamRetakes.added(edited, legacy)).isEmpty();
        assertThat(ExamRetakes.added(retaken, legacy)).extracting(ExamRetakes.RetakeAfterPass::path)
                .containsExactly("exams[2]");
        assertThat(ExamRetakes.added(legacy, null)).as("a new record").hasSize(1);
    }

    @Test
    void a_pass_added_before_a_recorded_failure_is_refused_but_one_that_overtakes_a_plan_is_not() {
        ApplicantProfile failed = exams(ExamAttempt.failed(Exam.USMLE_STEP2_CK, d("2020-09-01")));
        ApplicantProfile planned = exams(ExamAttempt.scheduled(Exam.USMLE_STEP2_CK, d("2020-09-01")));
        ExamAttempt earlierPass = ExamAttempt.passed(Exam.USMLE_STEP2_CK, d("2020-07-01"), 235);

        assertThat(ExamRetakes.added(failed.toBuilder().exam(earlierPass).build(), failed))
                .extracting(ExamRetakes.RetakeAfterPass::path).containsExactly("exams[0]");
        assertThat(ExamRetakes.added(planned.toBuilder().exam(earlierPass).build(), planned))
                .as("the plan lapsed: the applicant took the exam earlier").isEmpty();
    }
}
