package org.matchwise.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;
import org.matchwise.profile.json.ProfileJson;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

class JsonBatchTest {

    private static final ObjectMapper MAPPER = JsonMapper.builder().build();
    private static final ProfileJson PROFILES = new ProfileJson();

    static String profile(String externalId, String extra) {
        return """
                {"externalId": "%s", "name": {"given": "Dana", "family": "Reyes"}, "applicantType": "US_IMG",
                 "matriculationDate": "2016-08-15", "graduationDate": "2021-05-30", "matchYear": 2027,
                 "targetSpecialties": ["MED_PEDS"]%s}""".formatted(externalId, extra);
    }

    private static JsonBatch.Parsed parse(String json) {
        return JsonBatch.parse(json, MAPPER, PROFILES, Integer.MAX_VALUE);
    }

    @Test
    void a_valid_array_reads_every_profile_with_its_index() {
        JsonBatch.Parsed parsed = parse("[" + profile("J-1", "") + "," + profile("J-2", "") + "]");

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.items()).extracting(JsonBatch.Item::index, i -> i.profile().externalId())
                .containsExactly(tuple(0, "J-1"), tuple(1, "J-2"));
    }

    @Test
    void a_bad_exam_outcome_in_the_fourth_profile_is_reported_at_index_3_exams_0_outcome() {
        String bad = profile("J-4", ", \"exams\": [{\"exam\": \"USMLE_STEP1\", \"date\": \"2019-06-10\", \"outcome\": \"MAYBE\"}]");

        JsonBatch.Parsed parsed = parse("[" + profile("J-1", "") + "," + profile("J-2", "") + ","
                + profile("J-3", "") + "," + bad + "]");

        assertThat(parsed.items()).isEmpty();
        assertThat(parsed.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("[3].exams[0].outcome");
            assertThat(p.row()).isEqualTo(3);
            assertThat(p.column()).isEqualTo("exams[0].outcome");
        });
    }

    @Test
    void every_problem_of_every_profile_is_reported_including_a_missing_match_year_and_a_duplicate_id() {
        String noYear = profile("J-2", "").replace(", \"matchYear\": 2027", "");

        JsonBatch.Parsed parsed = parse("[" + profile("J-1", ", \"colour\": \"blue\"") + "," + noYear + ","
                + profile("J-3", "") + "," + profile("J-3", "") + "]");

        assertThat(parsed.problems()).extracting(ImportProblem::path)
                .containsExactly("[0].colour", "[1].matchYear", "[3].externalId");
    }

    @Test
    void malformed_json_or_anything_but_a_non_empty_array_rejects_the_whole_file() {
        assertThat(parse("[{\"externalId\": ").unreadable()).isTrue();
        assertThat(parse("[{\"externalId\": ").problems().get(0).message()).contains("not valid JSON");
        assertThat(parse(profile("J-1", "")).problems().get(0).message()).contains("Expected a JSON array");
        assertThat(parse("[]").problems().get(0).message()).contains("empty");
    }
}
