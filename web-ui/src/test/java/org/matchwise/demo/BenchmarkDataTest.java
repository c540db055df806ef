package org.matchwise.demo;

import java.time.Month;
import java.time.ZoneOffset;
import org.matchwise.applicant.BulkCreate;
import org.matchwise.applicant.Cycle;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.matchwise.applicant.ApplicantProfile;
import org.matchwise.profile.json.ProfileJson;
import org.matchwise.profile.json.ProfileRead;

class BenchmarkDataTest {

    private static int records(ApplicantProfile p) {
        return p.exams().size() + p.practiceAssessments().size() + p.clinicalExperiences().size() + p.letters().size()
                + p.timeline().size() + p.academicEvents().size() + p.professionalismEvents().size() + p.cycles().size();
    }

    @Test
    void the_same_seed_gives_the_same_applicants_and_an_applicant_does_not_depend_on_the_batch_it_is_made_in() {
        List<ApplicantProfile> all = BenchmarkData.applicants(42, 5, 0, 200).toList();

        assertThat(BenchmarkData.applicants(42, 5, 0, 200).toList()).isEqualTo(all);
        assertThat(BenchmarkData.applicants(42, 5, 150, 200).toList()).isEqualTo(all.subList(150, 200));
        assertThat(BenchmarkData.applicants(43, 5, 0, 200).toList()).isNotEqualTo(all);
    }

    @Test
    void applicants_spread_evenly_over_the_match_years_ending_with_the_current_season_with_about_thirteen_records_each() {
        List<ApplicantProfile> all = BenchmarkData.applicants(7, 5, 0, 1000).toList();
        Map<Integer, Long> perYear = all.stream().collect(Collectors.groupingBy(ApplicantProfile::matchYear,
                Collectors.counting()));
        double average = all.stream().mapToInt(BenchmarkDataTest::records).average().orElse(0);

        assertThat(perYear).containsOnlyKeys(2023, 2024, 2025, 2026, 2027);
        assertThat(perYear.values()).allSatisfy(n -> assertThat(n).isEqualTo(200L));
        assertThat(average).isBetween(11.0, 16.0);
        assertThat(all.stream().map(ApplicantProfile::externalId).distinct()).hasSize(1000);
    }

    @Test
    void ten_thousand_applicants_over_five_match_years_have_about_fifty_thousand_cycles_one_per_season_each() {
        List<ApplicantProfile> all = BenchmarkData.applicants(1, 5, 0, 2000).toList();
        double cycles = all.stream().mapToInt(p -> p.cycles().size()).average().orElse(0);

        assertThat(cycles).isBetween(4.5, 5.5);
        assertThat(all).allSatisfy(p -> {
            List<Integer> years = p.cycles().stream().map(Cycle::matchYear).toList();
            assertThat(years).doesNotHaveDuplicates().isSorted().endsWith(p.matchYear());
            assertThat(p.graduationDate().getYear()).isLessThanOrEqualTo(years.getFirst());
        });
        assertThat(all).anySatisfy(p -> assertThat(p.cycles().getFirst().matchYear()).isLessThan(2023));
    }

    @Test
    void every_season_before_the_current_one_is_closed_on_its_match_day_after_applications_went_out_in_september() {
        List<ApplicantProfile> all = BenchmarkData.applicants(3, 5, 0, 200).toList();

        assertThat(all).allSatisfy(p -> {
            List<BulkCreate.ClosedCycle> closed = BenchmarkData.closedCycles(p);
            assertThat(closed).extracting(BulkCreate.ClosedCycle::matchYear).containsExactlyElementsOf(p.cycles().stream()
                    .map(Cycle::matchYear).filter(y -> y < DemoCohort.CURRENT_MATCH_YEAR).toList());
            assertThat(closed).allSatisfy(c -> {
                assertThat(c.submittedAt()).isBefore(c.closedAt());
                assertThat(c.closedAt().atZone(ZoneOffset.UTC).getMonth()).isEqualTo(Month.MARCH);
                assertThat(c.closedAt().atZone(ZoneOffset.UTC).getYear()).isEqualTo(c.matchYear());
            });
        });
        assertThat(all.stream().mapToInt(p -> BenchmarkData.closedCycles(p).size()).sum())
                .isGreaterThan(all.stream().mapToInt(p -> p.cycles().size()).sum() * 3 / 4);
    }

    @Test
    void every_generated_applicant_survives_the_profile_json_round_trip() {
        ProfileJson json = new ProfileJson();

        BenchmarkData.applicants(11, 3, 0, 300).forEach(p -> {
            ProfileRead read = json.read(json.write(p));
            assertThat(read).isEqualTo(new ProfileRead.Valid(p));
        });
    }
}
