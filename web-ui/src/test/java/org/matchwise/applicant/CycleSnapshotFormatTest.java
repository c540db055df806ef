package org.matchwise.applicant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.matchwise.MatchwiseTest;
import org.matchwise.applicant.persistence.CycleSnapshotEntity;
import org.matchwise.applicant.persistence.CycleSnapshotRepository;
import org.matchwise.applicant.persistence.SnapshotKind;
import org.matchwise.demo.BenchmarkData;
import org.matchwise.profile.json.ProfileJson;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import tools.jackson.databind.json.JsonMapper;

/**
 * A cycle snapshot is stored in its own versioned format; one stored before the format had a version (the API's
 * profile JSON) is still read, and one that cannot be read is listed saying why instead of silently.
 */
@MatchwiseTest
class CycleSnapshotFormatTest {

    private static final String ADMIN = "admin@demo.example";

    @Autowired ApplicantService applicants;
    @Autowired UserDetailsService accounts;
    @Autowired CycleSnapshotRepository snapshots;

    private <T> T as(String email, Supplier<T> work) {
        return org.matchwise.AsUser.call(accounts, email, work);
    }

    @Test
    void a_new_snapshot_has_format_version_2_an_old_one_in_the_api_format_still_compares_and_a_broken_one_says_why() {
        ApplicantProfile base = BenchmarkData.applicants(23, 1, 0, 1).findFirst().orElseThrow();
        ApplicantProfile profile = base.toBuilder().externalId("SNAPFMT-" + UUID.randomUUID()).matchYear(2027)
                .cycles(List.of(new Cycle(2026, CycleOutcome.UNMATCHED,
                        List.of(new SpecialtyApplication(Specialty.INTERNAL_MEDICINE, 40, 2))))).build();
        long id = ((SaveResult.Saved) as(ADMIN, () -> applicants.create(profile, "advisor@demo.example"))).id();
        ApplicantViews.SnapshotView closed = as(ADMIN, () -> applicants.closeCycle(id, 2027, CycleOutcome.UNMATCHED,
                "no interviews"));
        CycleSnapshotEntity stored = snapshots.findById(closed.id()).orElseThrow();
        assertThat(JsonMapper.builder().build().readTree(stored.getProfileJson()).get("formatVersion").intValue())
                .isEqualTo(2);
        ApplicantProfile then = as(ADMIN, () -> applicants.get(id)).profile();
        // as snapshots were stored before: ProfileJson.write(profile).toString(), no formatVersion
        CycleSnapshotEntity old = snapshots.save(new CycleSnapshotEntity(id, 2027, SnapshotKind.SUBMITTED,
                stored.getTakenAt(), stored.getTakenBy(), stored.getRuleSetVersion(),
                new ProfileJson().write(then).toString(), stored.getAssessmentJson()));
        CycleSnapshotEntity broken = snapshots.save(new CycleSnapshotEntity(id, 2027, SnapshotKind.SUBMITTED,
                stored.getTakenAt(), stored.getTakenBy(), stored.getRuleSetVersion(),
                "{\"formatVersion\": 7, \"profile\": {}}", stored.getAssessmentJson()));

        List<ApplicantViews.SnapshotView> listed = as(ADMIN, () -> applicants.history(id)).snapshots();

        ApplicantViews.SnapshotView fresh = listed.stream().filter(s -> s.id() == closed.id()).findFirst().orElseThrow();
        ApplicantViews.SnapshotView oldView = listed.stream().filter(s -> s.id() == old.getId()).findFirst().orElseThrow();
        ApplicantViews.SnapshotView brokenView = listed.stream().filter(s -> s.id() == broken.getId()).findFirst()
                .orElseThrow();
        assertThat(fresh.unreadable()).isNull();
        assertThat(fresh.comparison()).isNotNull();
        assertThat(oldView.unreadable()).isNull();
        assertThat(oldView.comparison()).isEqualTo(fresh.comparison());
        assertThat(brokenView.unreadable()).contains("format version 7");
        assertThat(brokenView.comparison()).isNull();
        assertThat(brokenView.verdict()).isEqualTo(fresh.verdict());
    }
}
