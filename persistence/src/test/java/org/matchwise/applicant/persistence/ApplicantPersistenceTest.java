package org.matchwise.applicant.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.matchwise.account.Role;
import org.matchwise.applicant.ApplicantProfile;
import org.matchwise.applicant.CycleOutcome;
import org.matchwise.applicant.Exam;
import org.matchwise.applicant.ExamAttempt;
import org.matchwise.applicant.ExamOutcome;
import org.matchwise.applicant.Specialty;
import org.matchwise.applicant.SpecialtyApplication;
import org.matchwise.applicant.Tier;
import org.matchwise.audit.persistence.CurrentActor;
import org.matchwise.flags.FlagCategory;
import org.matchwise.flags.Severity;
import org.matchwise.flags.persistence.FlagEntity;
import org.matchwise.flags.persistence.FlagRepository;
import org.matchwise.school.persistence.SchoolEntity;
import org.matchwise.school.persistence.SchoolRepository;
import org.matchwise.security.persistence.UserEntity;
import org.matchwise.security.persistence.UserRepository;
import org.matchwise.testing.ExampleCases;
import org.matchwise.testing.PostgresDatabase;
import org.matchwise.testing.RequiresPostgres;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
@RequiresPostgres
class ApplicantPersistenceTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        PostgresDatabase.register(registry);
    }

    @Autowired SchoolRepository schools;
    @Autowired UserRepository users;
    @Autowired ApplicantRepository applicants;
    @Autowired CycleSnapshotRepository snapshots;
    @Autowired FlagRepository flags;
    @Autowired ApplicantHistory history;
    @Autowired TransactionTemplate tx;

    private final Instant now = Instant.parse("2026-05-15T10:00:00Z");
    private long schoolId;
    private long advisorId;

    @BeforeEach
    void school() {
        schoolId = schools.save(new SchoolEntity("School " + UUID.randomUUID(), now)).getId();
        advisorId = users.save(new UserEntity(schoolId, UUID.randomUUID() + "@example.org", "Ada Advisor", Role.ADVISOR, now)).getId();
        CurrentActor.use(() -> Optional.of(advisorId));
    }

    @AfterEach
    void noActor() {
        CurrentActor.use(null);
    }

    private ApplicantProfile dana() {
        return ExampleCases.medPedsStep1Retake().profile().toBuilder().matchYear(2027)
                .externalId("EX-" + UUID.randomUUID()).build();
    }

    private long store(ApplicantProfile profile, Editor editor) {
        return tx.execute(s -> applicants.save(new ApplicantEntity(schoolId, profile, editor)).getId());
    }

    @Test
    void a_stored_profile_reads_back_equal_with_its_lists_in_order() {
        ApplicantProfile profile = dana().toBuilder()
                .cycle(new org.matchwise.applicant.Cycle(2026, CycleOutcome.UNMATCHED, List.of(new SpecialtyApplication(
                        Specialty.MED_PEDS, 35, 1, java.util.Map.of(Tier.REACH, 5, Tier.TARGET, 20, Tier.SAFETY, 10))),
                        "apply wider"))
                .build();
        long id = store(profile, new Editor(advisorId, false, now));

        ApplicantProfile read = tx.execute(s -> applicants.findByIdAndSchoolId(id, schoolId).orElseThrow().toProfile());

        assertThat(read).isEqualTo(profile);
        assertThat(read.exams().get(0).outcome()).isEqualTo(ExamOutcome.FAIL);
    }

    @Test
    void an_applicant_of_another_school_is_not_found_by_id() {
        long id = store(dana(), new Editor(advisorId, false, now));
        long otherSchool = schools.save(new SchoolEntity("Other " + UUID.randomUUID(), now)).getId();

        assertThat(applicants.findByIdAndSchoolId(id, otherSchool)).isEmpty();
        assertThat(applicants.findByIdAndSchoolId(id, schoolId)).isPresent();
    }

    @Test
    void the_external_id_is_unique_within_a_school_only() {
        ApplicantProfile profile = dana();
        store(profile, new Editor(advisorId, false, now));
        long otherSchool = schools.save(new SchoolEntity("Other " + UUID.randomUUID(), now)).getId();

        tx.execute(s -> applicants.save(new ApplicantEntity(otherSchool, profile, new Editor(null, false, now))));
        assertThatThrownBy(() -> store(profile, new Editor(advisorId, false, now)))
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
    }

    @Test
    void items_an_applicant_enters_are_unverified_and_unchanged_items_keep_their_verification() {
        ApplicantProfile profile = dana();
        long id = store(profile, new Editor(advisorId, false, now));
        ApplicantProfile withNewExam = profile.toBuilder()
                .exam(new ExamAttempt(Exam.USMLE_STEP3, LocalDate.of(2026, 4, 1), ExamOutcome.PASS, null)).build();

        tx.executeWithoutResult(s -> applicants.findForChange(id, schoolId).orElseThrow()
                .apply(withNewExam, new Editor(99L, true, now.plusSeconds(60))));

        List<String> unverified = tx.execute(s -> applicants.findByIdAndSchoolId(id, schoolId).orElseThrow().unverifiedItems());
        assertThat(unverified).containsExactly("exams[3]");
    }

    @Test
    void removing_an_entry_neither_verifies_nor_unverifies_the_entries_after_it() {
        ApplicantProfile profile = dana();
        long id = store(profile, new Editor(advisorId, false, now));
        ApplicantProfile withApplicantExam = profile.toBuilder()
                .exam(new ExamAttempt(Exam.USMLE_STEP3, LocalDate.of(2026, 4, 1), ExamOutcome.PASS, null)).build();
        tx.executeWithoutResult(s -> applicants.findForChange(id, schoolId).orElseThrow()
                .apply(withApplicantExam, new Editor(99L, true, now.plusSeconds(60))));
        Long applicantExamRow = tx.execute(s -> applicants.findById(id).orElseThrow().item("exams", 3).orElseThrow().getId());

        // the advisor removes the first attempt: the applicant's entry moves up and stays unverified
        tx.executeWithoutResult(s -> applicants.findForChange(id, schoolId).orElseThrow().apply(withApplicantExam.toBuilder()
                .exams(withApplicantExam.exams().subList(1, 4)).build(), new Editor(advisorId, false, now.plusSeconds(120))));

        tx.executeWithoutResult(s -> {
            ApplicantEntity a = applicants.findById(id).orElseThrow();
            assertThat(a.unverifiedItems()).containsExactly("exams[2]");
            assertThat(a.item("exams", 2).orElseThrow().getId()).isEqualTo(applicantExamRow);
            assertThat(a.toProfile().exams()).isEqualTo(withApplicantExam.exams().subList(1, 4));
        });

        // the applicant removes the first remaining attempt: the advisor's entries after it stay verified
        tx.executeWithoutResult(s -> applicants.findForChange(id, schoolId).orElseThrow().apply(withApplicantExam.toBuilder()
                .exams(withApplicantExam.exams().subList(2, 4)).build(), new Editor(99L, true, now.plusSeconds(180))));

        List<String> unverified = tx.execute(s -> applicants.findById(id).orElseThrow().unverifiedItems());
        assertThat(unverified).containsExactly("exams[1]");
    }

    @Test
    void an_edit_in_the_middle_changes_that_entry_only_and_marks_it_as_entered_by_the_editor() {
        ApplicantProfile profile = dana();
        long id = store(profile, new Editor(advisorId, false, now));
        List<ExamAttempt> exams = new java.util.ArrayList<>(profile.exams());
        exams.set(1, new ExamAttempt(exams.get(1).exam(), exams.get(1).date().plusDays(1), exams.get(1).outcome(),
                exams.get(1).score()));

        tx.executeWithoutResult(s -> applicants.findForChange(id, schoolId).orElseThrow()
                .apply(profile.toBuilder().exams(exams).build(), new Editor(99L, true, now.plusSeconds(60))));

        tx.executeWithoutResult(s -> {
            ApplicantEntity a = applicants.findById(id).orElseThrow();
            assertThat(a.unverifiedItems()).containsExactly("exams[1]");
            assertThat(a.toProfile().exams()).isEqualTo(exams);
        });
    }

    @Test
    void of_two_concurrent_edits_one_wins_and_the_other_gets_a_conflict() {
        long id = store(dana(), new Editor(advisorId, false, now));
        TransactionTemplate concurrent = new TransactionTemplate(tx.getTransactionManager());
        concurrent.setPropagationBehavior(org.springframework.transaction.TransactionDefinition.PROPAGATION_REQUIRES_NEW);

        assertThatThrownBy(() -> tx.executeWithoutResult(s -> {
            ApplicantEntity slow = applicants.findByIdAndSchoolId(id, schoolId).orElseThrow();
            concurrent.executeWithoutResult(t -> {
                ApplicantEntity fast = applicants.findForChange(id, schoolId).orElseThrow();
                fast.apply(fast.toProfile().toBuilder().email("first@example.org").build(), new Editor(advisorId, false, now));
            });
            slow.apply(slow.toProfile().toBuilder().email("second@example.org").build(), new Editor(advisorId, false, now));
            applicants.flush();
        })).isInstanceOf(ObjectOptimisticLockingFailureException.class);
        String email = tx.execute(s -> applicants.findById(id).orElseThrow().getEmail());
        assertThat(email).isEqualTo("first@example.org");
    }

    @Test
    void changing_only_a_child_entry_raises_the_record_version() {
        ApplicantProfile profile = dana();
        long id = store(profile, new Editor(advisorId, false, now));
        long before = tx.execute(s -> applicants.findById(id).orElseThrow().getVersion());

        tx.executeWithoutResult(s -> applicants.findForChange(id, schoolId).orElseThrow().apply(profile.toBuilder()
                .exams(List.of(profile.exams().get(0), profile.exams().get(1),
                        ExamAttempt.passed(Exam.USMLE_STEP2_CK, LocalDate.of(2020, 9, 1), 238)))
                .build(), new Editor(advisorId, false, now)));

        long after = tx.execute(s -> applicants.findById(id).orElseThrow().getVersion());
        assertThat(after).isGreaterThan(before);
    }

    @Test
    void history_records_who_changed_which_entry_and_which_fields() {
        ApplicantProfile profile = dana();
        long id = store(profile, new Editor(advisorId, false, now));
        tx.executeWithoutResult(s -> applicants.findForChange(id, schoolId).orElseThrow().apply(profile.toBuilder()
                .exams(List.of(profile.exams().get(0), profile.exams().get(1),
                        ExamAttempt.passed(Exam.USMLE_STEP2_CK, LocalDate.of(2020, 9, 1), 238)))
                .build(), new Editor(advisorId, false, now)));

        List<ApplicantHistory.Change> changes = history.changesOf(id, Set.of());

        assertThat(changes).anySatisfy(c -> {
            assertThat(c.item()).isEqualTo("exams[2]");
            assertThat(c.kind()).isEqualTo("CHANGED");
            assertThat(c.changes()).containsExactly("score: 237 -> 238");
            assertThat(c.userId()).isEqualTo(advisorId);
        });
        assertThat(changes).anySatisfy(c -> {
            assertThat(c.item()).isEqualTo("applicant");
            assertThat(c.kind()).isEqualTo("ADDED");
        });
    }

    @Test
    void history_lists_a_removed_first_entry_as_removed_and_not_the_entries_after_it_that_only_moved() {
        ApplicantProfile profile = dana();
        long id = store(profile, new Editor(advisorId, false, now));
        tx.executeWithoutResult(s -> applicants.findForChange(id, schoolId).orElseThrow().apply(profile.toBuilder()
                .exams(profile.exams().subList(1, profile.exams().size())).build(), new Editor(advisorId, false, now)));

        List<ApplicantHistory.Change> changes = history.changesOf(id, Set.of());
        long removal = changes.getLast().revision();

        assertThat(changes).filteredOn(c -> c.revision() == removal).singleElement().satisfies(c -> {
            assertThat(c.item()).isEqualTo("exams[0]");
            assertThat(c.kind()).isEqualTo("REMOVED");
            assertThat(c.changes()).contains("exam: " + profile.exams().getFirst().exam());
        });
    }

    @Test
    void history_lists_an_advisors_verification_of_an_applicant_entry_as_verified_without_field_changes() {
        ApplicantProfile profile = dana();
        long id = store(profile, new Editor(advisorId, false, now));
        tx.executeWithoutResult(s -> applicants.findForChange(id, schoolId).orElseThrow().apply(profile.toBuilder()
                .exam(ExamAttempt.scheduled(Exam.USMLE_STEP3, LocalDate.of(2027, 3, 1))).build(),
                new Editor(99L, true, now)));
        int last = profile.exams().size();
        tx.executeWithoutResult(s -> applicants.findForChange(id, schoolId).orElseThrow().item("exams", last).orElseThrow()
                .verify(advisorId, now));

        List<ApplicantHistory.Change> changes = history.changesOf(id, Set.of());
        long verification = changes.getLast().revision();

        assertThat(changes).filteredOn(c -> c.revision() == verification).singleElement().satisfies(c -> {
            assertThat(c.item()).isEqualTo("exams[" + last + "]");
            assertThat(c.kind()).isEqualTo("VERIFIED");
            assertThat(c.changes()).contains("exam: USMLE_STEP3").noneMatch(line -> line.contains(" -> "));
        });
    }

    @Test
    void a_frozen_snapshot_keeps_the_profile_and_assessment_with_the_rule_set_version() {
        long id = store(dana(), new Editor(advisorId, false, now));
        snapshots.save(new CycleSnapshotEntity(id, 2027, SnapshotKind.SUBMITTED, now, advisorId, 3, "{\"p\":1}", "{\"a\":1}"));

        assertThat(snapshots.findByApplicantIdOrderByTakenAtAscIdAsc(id)).singleElement().satisfies(s -> {
            assertThat(s.getRuleSetVersion()).isEqualTo(3);
            assertThat(s.getProfileJson()).isEqualTo("{\"p\":1}");
        });
    }

    @Test
    void the_list_filters_by_text_year_advisor_and_open_flag_within_one_school() {
        ApplicantProfile profile = dana().toBuilder().name("Zelda", "Quartermaine").build();
        long id = store(profile, new Editor(advisorId, false, now));
        tx.executeWithoutResult(s -> applicants.findById(id).orElseThrow().assignAdvisor(advisorId));
        flags.save(FlagEntity.manual(id, Severity.MEDIUM, "weak interview", advisorId, LocalDate.of(2026, 5, 15)));

        assertThat(search(new ApplicantSearch(schoolId, "quarterm", 2027, advisorId, FlagCategory.MANUAL))).containsExactly(id);
        assertThat(search(new ApplicantSearch(schoolId, "ZELDA Q", null, null, null))).containsExactly(id);
        assertThat(search(new ApplicantSearch(schoolId, profile.externalId().toLowerCase(), null, null, null))).containsExactly(id);
        assertThat(search(new ApplicantSearch(schoolId, "quarterm", 2026, null, null))).isEmpty();
        assertThat(search(new ApplicantSearch(schoolId, null, null, null, FlagCategory.EXAM_FAILURE))).doesNotContain(id);
        long otherSchool = schools.save(new SchoolEntity("Other " + UUID.randomUUID(), now)).getId();
        assertThat(search(new ApplicantSearch(otherSchool, "quarterm", null, null, null))).isEmpty();
    }

    private List<Long> search(ApplicantSearch search) {
        return applicants.findAll(search.toSpecification(), PageRequest.of(0, 20)).map(ApplicantEntity::getId).getContent();
    }
}
