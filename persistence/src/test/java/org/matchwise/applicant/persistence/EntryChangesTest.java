package org.matchwise.applicant.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.matchwise.applicant.ApplicantProfile;
import org.matchwise.applicant.ApplicantType;
import org.matchwise.applicant.Exam;
import org.matchwise.applicant.ExamAttempt;

/**
 * {@link ApplicantEntity#changesBy} tells, without changing anything, which existing entries {@code apply} would change
 * or remove, paired exactly as {@code apply} pairs them (an entry that only moved is neither), with their verification.
 */
class EntryChangesTest {

    static final Editor ADVISOR = new Editor(1L, false, Instant.parse("2026-01-01T00:00:00Z"));
    static final Editor APPLICANT = new Editor(2L, true, Instant.parse("2026-02-01T00:00:00Z"));
    static final ExamAttempt FAIL = ExamAttempt.failed(Exam.USMLE_STEP1, LocalDate.of(2019, 6, 10));
    static final ExamAttempt PASS = ExamAttempt.passed(Exam.USMLE_STEP1, LocalDate.of(2019, 10, 2));
    static final ExamAttempt PLAN = ExamAttempt.scheduled(Exam.USMLE_STEP3, LocalDate.of(2027, 3, 1));

    private static ApplicantProfile profile(List<ExamAttempt> exams) {
        return ApplicantProfile.builder().externalId("X").name("Dana", "Reyes").applicantType(ApplicantType.US_IMG)
                .matriculationDate(LocalDate.of(2016, 8, 15)).graduationDate(LocalDate.of(2021, 5, 30)).matchYear(2027)
                .exams(exams).build();
    }

    /** The advisor entered the failure and the pass (verified); the applicant added a plan (unverified). */
    private static ApplicantEntity record() {
        ApplicantEntity a = new ApplicantEntity(1L, profile(List.of(FAIL, PASS)), ADVISOR);
        a.apply(profile(List.of(FAIL, PASS, PLAN)), APPLICANT);
        return a;
    }

    @Test
    void removing_the_first_entry_changes_nothing_else_and_names_the_removed_entry_with_its_verification() {
        ApplicantEntity a = record();

        var changes = a.changesBy(profile(List.of(PASS, PLAN)));

        assertThat(changes).singleElement().satisfies(c -> {
            assertThat(c.reference()).isEqualTo("exams[0]");
            assertThat(c.removal()).isTrue();
            assertThat(c.verified()).isTrue();
            assertThat(c.before()).isEqualTo(FAIL);
        });
        assertThat(a.toProfile().exams()).as("nothing changed").containsExactly(FAIL, PASS, PLAN);
    }

    @Test
    void an_edit_is_paired_with_the_entry_it_replaces_and_an_addition_is_no_change() {
        ApplicantEntity a = record();
        ExamAttempt moved = ExamAttempt.scheduled(Exam.USMLE_STEP3, LocalDate.of(2027, 4, 1));
        List<ExamAttempt> next = new ArrayList<>(List.of(FAIL, PASS, moved));
        next.add(ExamAttempt.scheduled(Exam.USMLE_STEP2_CK, LocalDate.of(2026, 7, 1)));

        var changes = a.changesBy(profile(next));

        assertThat(changes).singleElement().satisfies(c -> {
            assertThat(c.reference()).isEqualTo("exams[2]");
            assertThat(c.verified()).isFalse();
            assertThat(c.after()).isEqualTo(moved);
        });
    }

    @Test
    void what_changes_by_predicts_is_what_apply_does() {
        ApplicantEntity a = record();
        List<ExamAttempt> next = List.of(PASS, ExamAttempt.passed(Exam.USMLE_STEP2_CK, LocalDate.of(2020, 9, 1), 237));

        var changes = a.changesBy(profile(next));
        a.apply(profile(next), ADVISOR);

        assertThat(changes).extracting(ApplicantEntity.EntryChange::reference).containsExactly("exams[0]", "exams[2]");
        assertThat(changes.get(0).removal()).isTrue();
        assertThat(changes.get(1).after()).isEqualTo(next.get(1));
        assertThat(a.toProfile().exams()).containsExactlyElementsOf(next);
        assertThat(a.unverifiedItems()).isEmpty();
    }
}
