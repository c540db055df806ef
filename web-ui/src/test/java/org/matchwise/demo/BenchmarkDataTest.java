package org.matchwise.demo;

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
    void applicants_spread_evenly_over_the_match_years_ending_with_the_current_season_with_about_ten_records_each() {
        List<ApplicantProfile> all = BenchmarkData.applicants(7, 5, 0, 1000).toList();
        Map<Integer, Long> perYear = all.stream().collect(Collectors.groupingBy(ApplicantProfile::matchYear,
                Collectors.counting()));
        double average = all.stream().mapToInt(BenchmarkDataTest::records).average().orElse(0);

        assertThat(perYear).containsOnlyKeys(2023, 2024, 2025, 2026, 2027);
        assertThat(perYear.values()).allSatisfy(n -> assertThat(n).isEqualTo(200L));
        assertThat(average).isBetween(9.0, 13.0);
        assertThat(all.stream().map(ApplicantProfile::externalId).distinct()).hasSize(1000);
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
