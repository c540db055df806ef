package org.matchwise.applicant;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.matchwise.MatchwiseTest;
import org.matchwise.demo.BenchmarkData;
import org.matchwise.portal.PortalFixture;
import org.matchwise.plan.persistence.RemediationPlanRepository;
import org.matchwise.security.AccountSetup;
import org.matchwise.security.MatchwiseUser;
import org.matchwise.testing.ExampleCases;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The history lists a cycle's program counts as they were at each revision (read for all revisions at once), says
 * that an advisor verified an entry, and does not list entries that only moved in their list as changed.
 */
@MatchwiseTest
class ApplicantHistoryTest {

    private static final String ADMIN = "admin@demo.example";

    @Autowired ApplicantService applicants;
    @Autowired UserDetailsService accounts;
    @Autowired AccountSetup accountSetup;
    @Autowired RemediationPlanRepository plans;
    @Autowired TransactionTemplate tx;
    @Autowired Clock clock;

    private <T> T as(String email, Supplier<T> work) {
        return org.matchwise.AsUser.call(accounts, email, work);
    }

    private static Cycle cycle(int year, int programs, SpecialtyApplication... more) {
        List<SpecialtyApplication> specialties = new java.util.ArrayList<>();
        specialties.add(new SpecialtyApplication(Specialty.INTERNAL_MEDICINE, programs, 2));
        specialties.addAll(List.of(more));
        return new Cycle(year, CycleOutcome.UNMATCHED, specialties);
    }

    @Test
    void a_change_of_a_cycles_program_counts_shows_the_counts_before_and_after_and_a_removed_specialty_disappears() {
        ApplicantProfile base = BenchmarkData.applicants(21, 1, 0, 1).findFirst().orElseThrow();
        SpecialtyApplication peds = new SpecialtyApplication(Specialty.PEDIATRICS, 12, 0);
        ApplicantProfile first = base.toBuilder().externalId("HISTCYC-" + UUID.randomUUID())
                .cycles(List.of(cycle(2026, 40, peds), base.cycles().getLast())).build();
        long id = ((SaveResult.Saved) as(ADMIN, () -> applicants.create(first, "advisor@demo.example"))).id();
        long version = as(ADMIN, () -> applicants.get(id)).version();
        ApplicantProfile second = first.toBuilder().cycles(List.of(cycle(2026, 55), base.cycles().getLast())).build();
        assertThat(as(ADMIN, () -> applicants.replace(id, second, version))).isInstanceOf(SaveResult.Saved.class);

        List<ApplicantViews.ChangeView> cycleChanges = as(ADMIN, () -> applicants.history(id)).changes().stream()
                .filter(c -> c.item().equals("cycles[0]")).toList();

        assertThat(cycleChanges).extracting(ApplicantViews.ChangeView::kind).containsExactly("ADDED", "CHANGED");
        assertThat(cycleChanges.getFirst().changes()).anyMatch(c -> c.startsWith("specialties: ")
                && c.contains("programsApplied=40") && c.contains("PEDIATRICS"));
        String changed = cycleChanges.getLast().changes().stream().filter(c -> c.startsWith("specialties: "))
                .findFirst().orElseThrow();
        String[] beforeAfter = changed.split(" -> ");
        assertThat(beforeAfter[0]).contains("programsApplied=40").contains("PEDIATRICS");
        assertThat(beforeAfter[1]).contains("programsApplied=55").doesNotContain("PEDIATRICS");
    }

    @Test
    void submitting_and_closing_a_cycle_show_in_the_history_as_its_status_changing() {
        ApplicantProfile base = BenchmarkData.applicants(22, 1, 0, 1).findFirst().orElseThrow();
        ApplicantProfile profile = base.toBuilder().externalId("HISTSTATUS-" + UUID.randomUUID())
                .cycles(List.of(new Cycle(2027, CycleOutcome.IN_PROGRESS,
                        List.of(new SpecialtyApplication(Specialty.INTERNAL_MEDICINE, 60, 3)))))
                .matchYear(2027).build();
        long id = ((SaveResult.Saved) as(ADMIN, () -> applicants.create(profile, "advisor@demo.example"))).id();

        as(ADMIN, () -> applicants.submitCycle(id, 2027));
        as(ADMIN, () -> applicants.closeCycle(id, 2027, CycleOutcome.UNMATCHED, "no interviews in IM"));

        List<ApplicantViews.ChangeView> cycle = as(ADMIN, () -> applicants.history(id)).changes().stream()
                .filter(c -> c.item().equals("cycles[0]")).toList();
        assertThat(cycle).noneMatch(c -> c.kind().equals("CHANGED") && c.changes().isEmpty());
        assertThat(cycle).flatExtracting(ApplicantViews.ChangeView::changes)
                .contains("status: OPEN -> SUBMITTED")
                .anyMatch(c -> c.startsWith("status: SUBMITTED -> CLOSED"));
    }

    @Test
    void a_one_click_verification_shows_in_the_history_as_verified_by_the_advisor_with_no_field_changes_listed() {
        var fixture = new PortalFixture(accountSetup, accounts, applicants, plans, tx, clock);
        var hana = fixture.applicant("hana.history@applicants.example", "Hana", "History");
        ApplicantViews.ApplicantRecord record = as(ADMIN, () -> applicants.get(hana.recordId()));
        ApplicantProfile entered = record.profile().toBuilder()
                .exam(ExamAttempt.scheduled(Exam.USMLE_STEP3, LocalDate.of(2027, 3, 1))).build();
        assertThat(fixture.as(hana.email(), () -> applicants.replace(hana.recordId(), entered, record.version())))
                .isInstanceOf(SaveResult.Saved.class);
        String ref = "exams[" + (entered.exams().size() - 1) + "]";
        assertThat(fixture.as("advisor@demo.example", () -> applicants.verify(hana.recordId(), ref)))
                .isInstanceOf(SaveResult.Saved.class);
        MatchwiseUser advisor = (MatchwiseUser) accounts.loadUserByUsername("advisor@demo.example");

        List<ApplicantViews.ChangeView> changes = as(ADMIN, () -> applicants.history(hana.recordId())).changes();

        ApplicantViews.ChangeView verified = changes.getLast();
        assertThat(verified.item()).isEqualTo(ref);
        assertThat(verified.kind()).isEqualTo("VERIFIED");
        assertThat(verified.userId()).isEqualTo(advisor.id());
        assertThat(verified.userName()).isEqualTo(advisor.displayName());
        assertThat(verified.changes()).as("what the verified entry says, not field changes")
                .contains("exam: USMLE_STEP3").noneMatch(c -> c.contains(" -> "));
        assertThat(changes).filteredOn(c -> c.revision() == verified.revision()).containsExactly(verified);
        assertThat(changes).noneMatch(c -> c.kind().equals("CHANGED") && c.changes().isEmpty());
    }

    @Test
    void removing_the_first_entry_does_not_list_the_later_entries_as_changed() {
        ApplicantProfile profile = ExampleCases.medPedsStep1Retake().profile().toBuilder()
                .externalId("HISTMOVE-" + UUID.randomUUID()).email("histmove-" + UUID.randomUUID() + "@example.org").matchYear(2027)
                .build();
        assertThat(profile.exams()).hasSizeGreaterThan(2);
        SaveResult created = as(ADMIN, () -> applicants.create(profile, "advisor@demo.example"));
        assertThat(created).isInstanceOf(SaveResult.Saved.class);
        long id = ((SaveResult.Saved) created).id();
        long version = as(ADMIN, () -> applicants.get(id)).version();
        ApplicantProfile withoutFirst = profile.toBuilder().exams(profile.exams().subList(1, profile.exams().size()))
                .build();
        assertThat(as(ADMIN, () -> applicants.replace(id, withoutFirst, version))).isInstanceOf(SaveResult.Saved.class);

        List<ApplicantViews.ChangeView> changes = as(ADMIN, () -> applicants.history(id)).changes();
        long removal = changes.getLast().revision();

        assertThat(changes).filteredOn(c -> c.revision() == removal && c.item().startsWith("exams"))
                .extracting(ApplicantViews.ChangeView::item, ApplicantViews.ChangeView::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("exams[0]", "REMOVED"));
        assertThat(changes).noneMatch(c -> c.kind().equals("CHANGED") && c.changes().isEmpty());
    }

    @Test
    void history_rows_name_the_entry_and_the_change_in_words_not_codes() {
        ApplicantProfile first = ExampleCases.medPedsStep1Retake().profile().toBuilder().matchYear(2027)
                .externalId("HISTWORDS-" + UUID.randomUUID()).targetSpecialties(List.of(Specialty.INTERNAL_MEDICINE))
                .build();
        SaveResult created = as(ADMIN, () -> applicants.create(first, "advisor@demo.example"));
        assertThat(created).as(created.toString()).isInstanceOf(SaveResult.Saved.class);
        long id = ((SaveResult.Saved) created).id();
        long version = as(ADMIN, () -> applicants.get(id)).version();
        ExamAttempt exam = first.exams().get(2);
        List<ExamAttempt> exams = new java.util.ArrayList<>(first.exams());
        exams.set(2, new ExamAttempt(exam.exam(), exam.date(), exam.outcome(), 241));
        ApplicantProfile second = first.toBuilder().exams(exams)
                .targetSpecialties(List.of(Specialty.INTERNAL_MEDICINE, Specialty.PEDIATRICS)).build();
        assertThat(as(ADMIN, () -> applicants.replace(id, second, version))).isInstanceOf(SaveResult.Saved.class);

        List<ApplicantViews.ChangeView> changes = as(ADMIN, () -> applicants.history(id)).changes();

        ApplicantViews.ChangeView examChange = changes.stream()
                .filter(c -> "exams[2]".equals(c.item()) && "CHANGED".equals(c.kind())).findFirst().orElseThrow();
        assertThat(examChange.entry()).isEqualTo("USMLE Step 2 CK, attempt 1, 1 Sep 2020, passed, score 241");
        assertThat(examChange.words()).containsExactly("Score: 237 \u2192 241");
        ApplicantViews.ChangeView added = changes.stream()
                .filter(c -> "exams[0]".equals(c.item()) && "ADDED".equals(c.kind())).findFirst().orElseThrow();
        assertThat(added.entry()).isEqualTo("USMLE Step 1, attempt 1, 10 Jun 2019, failed");
        assertThat(added.words()).contains("Exam: USMLE Step 1", "Outcome: failed", "Date: 10 Jun 2019");
        ApplicantViews.ChangeView own = changes.stream()
                .filter(c -> "applicant".equals(c.item()) && "CHANGED".equals(c.kind())).findFirst().orElseThrow();
        assertThat(own.entry()).isEqualTo("The record itself");
        assertThat(own.words()).containsExactly("Target specialties: Internal Medicine \u2192 Internal Medicine, Pediatrics");
        assertThat(changes).flatExtracting(ApplicantViews.ChangeView::words).allSatisfy(w -> assertThat(w)
                .doesNotContainPattern("[A-Z]{2,}_[A-Z]+").doesNotContain("SpecialtyApplication[", "userId"));
    }
}
