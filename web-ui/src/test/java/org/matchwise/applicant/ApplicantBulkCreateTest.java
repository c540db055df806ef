package org.matchwise.applicant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.matchwise.MatchwiseTest;
import org.matchwise.assessment.persistence.AssessmentRecordEntity;
import org.matchwise.assessment.persistence.AssessmentRecordRepository;
import org.matchwise.demo.BenchmarkData;
import org.matchwise.flags.persistence.FlagEntity;
import org.matchwise.flags.persistence.FlagRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The bulk create (imports, generated data) stores exactly what creating one applicant at a time stores. */
@MatchwiseTest
class ApplicantBulkCreateTest {

    private static final String ADMIN = "admin@demo.example";
    private static final String ADVISOR = "advisor@demo.example";

    @Autowired ApplicantService applicants;
    @Autowired FlagRepository flags;
    @Autowired AssessmentRecordRepository records;
    @Autowired UserDetailsService accounts;

    private <T> T as(String email, Supplier<T> work) {
        return org.matchwise.AsUser.call(accounts, email, work);
    }

    /** What is stored about an applicant, without ids, times and the external id. */
    private record Stored(ApplicantProfile profile, List<Long> advisors, List<String> flags, String verdict,
            int ruleSetVersion, String assessment, List<String> historyItems) {
    }

    private Stored stored(long id) {
        return as(ADMIN, () -> {
            ApplicantViews.ApplicantRecord record = applicants.get(id);
            List<String> flagRows = flags.findByApplicantIdOrderByOpenedOnAscIdAsc(id).stream()
                    .map(ApplicantBulkCreateTest::flag).sorted().toList();
            AssessmentRecordEntity latest = records.findFirstByApplicantIdOrderByAssessedAtDescIdDesc(id).orElseThrow();
            List<String> history = applicants.history(id).changes().stream()
                    .map(c -> c.item() + " " + c.kind() + " " + c.changes().stream()
                            .filter(s -> !s.startsWith("externalId")).toList())
                    .sorted().toList();
            List<Long> advisors = applicants.list(new ApplicantViews.ListFilter(record.profile().externalId(), null, null,
                    null), 0, 50).items().stream().filter(s -> s.id() == id).findFirst().orElseThrow().advisorIds();
            return new Stored(record.profile().toBuilder().externalId("X").build(), advisors, flagRows,
                    latest.getVerdict(), latest.getRuleSetVersion(),
                    latest.getDocument().replace(record.profile().externalId(), "X"), history);
        });
    }

    private static String flag(FlagEntity f) {
        return f.getRule() + "|" + f.getCategory() + "|" + f.getSeverity() + "|" + f.getPattern() + "|" + f.getMessage()
                + "|" + f.getStatus() + "|" + f.getOpenedOn() + "|" + f.getClosedOn() + "|" + f.getRuleSetVersion();
    }

    private static ApplicantProfile withId(ApplicantProfile p, String externalId) {
        return p.toBuilder().externalId(externalId).build();
    }

    @Test
    void importing_through_the_bulk_path_stores_the_same_profile_flags_assessment_and_history_as_creating_one_by_one() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<ApplicantProfile> profiles = BenchmarkData.applicants(7, 3, 0, 24).toList();
        List<Long> single = new ArrayList<>();
        List<BulkCreate.NewApplicant> batch = new ArrayList<>();
        for (int i = 0; i < profiles.size(); i++) {
            ApplicantProfile p = withId(profiles.get(i), "ONE-" + run + "-" + i);
            single.add(((SaveResult.Saved) as(ADMIN, () -> applicants.create(p, ADVISOR))).id());
            batch.add(new BulkCreate.NewApplicant(withId(profiles.get(i), "BULK-" + run + "-" + i), ADVISOR));
        }

        BulkCreate.Result result = as(ADMIN, () -> applicants.createAll(batch));

        List<Long> bulk = ((BulkCreate.Created) result).ids();
        assertThat(bulk).hasSize(profiles.size());
        int flagged = 0;
        for (int i = 0; i < profiles.size(); i++) {
            Stored one = stored(single.get(i));
            Stored many = stored(bulk.get(i));
            assertThat(many).as("applicant %d", i).isEqualTo(one);
            assertThat(many.profile()).isEqualTo(withId(profiles.get(i), "X"));
            assertThat(many.historyItems()).anyMatch(h -> h.startsWith("applicant ADDED"));
            flagged += many.flags().isEmpty() ? 0 : 1;
        }
        assertThat(flagged).as("the sample exercises flags").isGreaterThan(0);
    }

    @Test
    void a_batch_with_one_refused_applicant_writes_none_and_names_every_refusal_by_position() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<ApplicantProfile> profiles = BenchmarkData.applicants(8, 1, 0, 4).toList();
        ApplicantProfile existing = withId(profiles.get(0), "OLD-" + run);
        as(ADMIN, () -> applicants.create(existing, ADVISOR));
        List<BulkCreate.NewApplicant> batch = List.of(
                new BulkCreate.NewApplicant(withId(profiles.get(1), "NEW-" + run + "-1"), ADVISOR),
                new BulkCreate.NewApplicant(withId(profiles.get(2), "OLD-" + run), ADVISOR),
                new BulkCreate.NewApplicant(withId(profiles.get(3), "NEW-" + run + "-3"), "nobody@demo.example"),
                new BulkCreate.NewApplicant(withId(profiles.get(1), "NEW-" + run + "-1"), ADVISOR));

        BulkCreate.Result result = as(ADMIN, () -> applicants.createAll(batch));

        assertThat(result).isInstanceOf(BulkCreate.Refused.class);
        var problems = ((BulkCreate.Refused) result).problems();
        assertThat(problems.keySet()).containsExactlyInAnyOrder(1, 2, 3);
        assertThat(problems.get(1).code()).isEqualTo("duplicate_external_id");
        assertThat(problems.get(2).code()).isEqualTo("unknown_advisor");
        assertThat(problems.get(3).code()).isEqualTo("duplicate_external_id");
        assertThat(as(ADMIN, () -> applicants.findByExternalId("NEW-" + run + "-1"))).isEmpty();
    }

    @Test
    void closed_cycles_of_a_bulk_create_are_stored_closed_with_the_snapshot_of_the_record_as_it_stood_then() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        ApplicantProfile base = BenchmarkData.applicants(9, 1, 0, 1).findFirst().orElseThrow();
        ApplicantProfile p = base.toBuilder().externalId("HIST-" + run).cycles(List.of(
                new Cycle(2025, CycleOutcome.UNMATCHED, List.of(new SpecialtyApplication(Specialty.INTERNAL_MEDICINE, 40, 1))),
                new Cycle(2026, CycleOutcome.UNMATCHED, List.of(new SpecialtyApplication(Specialty.INTERNAL_MEDICINE, 60, 2))),
                base.cycles().getLast())).build();
        var closed = List.of(
                new BulkCreate.ClosedCycle(2025, Instant.parse("2024-09-15T12:00:00Z"), Instant.parse("2025-03-21T12:00:00Z")),
                new BulkCreate.ClosedCycle(2026, Instant.parse("2025-09-15T12:00:00Z"), Instant.parse("2026-03-20T12:00:00Z")));

        long id = ((BulkCreate.Created) as(ADMIN, () -> applicants.createAll(
                List.of(new BulkCreate.NewApplicant(p, ADVISOR, closed))))).ids().getFirst();

        ApplicantViews.HistoryView history = as(ADMIN, () -> applicants.history(id));
        assertThat(history.snapshots()).extracting(ApplicantViews.SnapshotView::matchYear).containsExactly(2025, 2026);
        assertThat(history.snapshots()).allSatisfy(s -> {
            assertThat(s.kind()).isEqualTo("CLOSED");
            assertThat(s.verdict()).isNotNull();
        });
        ApplicantViews.CaseOverview overview = as(ADMIN, () -> applicants.overview(id));
        assertThat(overview.cycles()).filteredOn(c -> c.matchYear() < 2027)
                .allSatisfy(c -> assertThat(c.state()).isEqualTo(CycleStatus.CLOSED));
        assertThat(as(ADMIN, () -> applicants.get(id)).profile()).isEqualTo(p);
    }

    @Test
    void an_applicant_cannot_create_in_bulk() {
        ApplicantProfile p = BenchmarkData.applicants(10, 1, 0, 1).findFirst().orElseThrow();
        assertThatThrownBy(() -> as("applicant@demo.example",
                () -> applicants.createAll(List.of(new BulkCreate.NewApplicant(p, null)))))
                .isInstanceOf(AccessDeniedException.class);
    }
}
