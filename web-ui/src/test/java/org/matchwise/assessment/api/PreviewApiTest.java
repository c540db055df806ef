package org.matchwise.assessment.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.matchwise.MatchwiseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

@MatchwiseTest
class PreviewApiTest {

    static final ObjectMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    static Stream<Path> examples() throws IOException {
        return Files.list(Path.of("src/test/resources/examples")).filter(p -> p.toString().endsWith(".json")).sorted();
    }

    private ResultActions preview(String body, String user, String password) throws Exception {
        return mvc.perform(post("/api/v1/assessments/preview").with(httpBasic(user, password))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private ResultActions preview(String body) throws Exception {
        return preview(body, "advisor@demo.example", "demo-advisor");
    }

    private static ObjectNode example(String file) throws IOException {
        return (ObjectNode) JSON.readTree(Files.readString(Path.of("src/test/resources/examples", file)));
    }

    @ParameterizedTest(name = "{0} gives exactly the expected flags, timing and verdict")
    @MethodSource("examples")
    void the_shared_examples_pass_exactly(Path file) throws Exception {
        ObjectNode request = (ObjectNode) JSON.readTree(Files.readString(file));
        JsonNode expect = request.remove("expect");

        String answer = preview(JSON.writeValueAsString(request)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        JsonNode result = JSON.readTree(answer);

        Map<String, Map<String, String>> actualFlags = new HashMap<>();
        for (JsonNode flag : result.get("flags")) {
            Map<String, String> fields = new HashMap<>();
            fields.put("severity", flag.get("severity").stringValue());
            if (flag.has("pattern")) {
                fields.put("pattern", flag.get("pattern").stringValue());
            }
            actualFlags.put(flag.get("rule").stringValue(), fields);
        }
        Map<String, Map<String, String>> expectedFlags = new HashMap<>();
        expect.get("flags").properties().forEach(e -> {
            Map<String, String> fields = new HashMap<>();
            e.getValue().properties().forEach(f -> fields.put(f.getKey(), f.getValue().stringValue()));
            expectedFlags.put(e.getKey(), fields);
        });
        assertThat(actualFlags).isEqualTo(expectedFlags);
        assertThat(result.at("/step2Timing/status").stringValue()).isEqualTo(expect.get("step2Timing").stringValue());
        assertThat(result.at("/readiness/verdict").stringValue()).isEqualTo(expect.get("verdict").stringValue());
        assertThat(result.at("/readiness/disclaimer").stringValue()).isEqualTo("Advice, not a prediction of match outcome.");
    }

    @Test
    void the_answer_follows_the_contract_of_the_profile_format() throws Exception {
        ObjectNode request = example("01-med-peds-step1-retake.json");
        request.remove("expect");

        preview(JSON.writeValueAsString(request)).andExpect(status().isOk())
                .andExpect(jsonPath("$.matchYear").value(2027))
                .andExpect(jsonPath("$.asOf").value("2026-05-15"))
                .andExpect(jsonPath("$.ruleSet.school").value("Demo School of Medicine"))
                .andExpect(jsonPath("$.ruleSet.matchYear").value(2027))
                .andExpect(jsonPath("$.ruleSet.version").value(1))
                .andExpect(jsonPath("$.flags[0].rule").value("R1"))
                .andExpect(jsonPath("$.flags[0].category").value("EXAM_FAILURE"))
                .andExpect(jsonPath("$.flags[0].pattern").value("ISOLATED_RECOVERED"))
                .andExpect(jsonPath("$.flags[0].evidence[0]").value("exams[0]"))
                .andExpect(jsonPath("$.flags[1].rule").value("R2"))
                .andExpect(jsonPath("$.flags[1].pattern").doesNotExist())
                .andExpect(jsonPath("$.step2Timing.scoreAvailableBy").value("2020-09-29"))
                .andExpect(jsonPath("$.step2Timing.programsOpen").value("2026-09-24"));
    }

    @Test
    void the_request_match_year_takes_precedence_over_the_profile() throws Exception {
        ObjectNode request = example("02-peds-observerships-late-step2.json");
        request.remove("expect");
        ((ObjectNode) request.get("profile")).put("matchYear", 2031);

        preview(JSON.writeValueAsString(request)).andExpect(status().isOk())
                .andExpect(jsonPath("$.matchYear").value(2027))
                .andExpect(jsonPath("$.step2Timing.programsOpen").value("2026-09-24"));
    }

    @Test
    void broken_json_is_a_400_that_says_so() throws Exception {
        preview("{\"matchYear\": 2027, ").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("invalid_json"));
    }

    @Test
    void every_problem_is_listed_with_its_field_path() throws Exception {
        ObjectNode request = example("01-med-peds-step1-retake.json");
        request.remove("expect");
        ObjectNode profile = (ObjectNode) request.get("profile");
        profile.put("favouriteColour", "blue");
        profile.put("applicantType", "MARTIAN");
        profile.put("graduationDate", "2021-02-30");
        profile.remove("matriculationDate");
        ((ObjectNode) profile.get("exams").get(2)).put("score", 400);
        ((ObjectNode) profile.get("exams").get(1)).put("outcome", "PASSED");
        request.put("asOf", "15/05/2026");

        String body = preview(JSON.writeValueAsString(request)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("invalid_request"))
                .andReturn().getResponse().getContentAsString();
        JsonNode problems = JSON.readTree(body).get("problems");
        List<String> paths = problems.valueStream().map(p -> p.get("path").stringValue()).toList();

        assertThat(paths).containsExactlyInAnyOrder("asOf", "profile.favouriteColour", "profile.applicantType",
                "profile.graduationDate", "profile.matriculationDate", "profile.exams[2]", "profile.exams[1].outcome");
        assertThat(body).doesNotContain("Exception").doesNotContain("at org.");
        assertThat(problems.valueStream().filter(p -> p.get("path").stringValue().equals("profile.applicantType"))
                .findFirst().orElseThrow().get("reason").stringValue()).contains("US_IMG").contains("MARTIAN");
    }

    @Test
    void a_missing_profile_and_a_wrong_type_are_reported() throws Exception {
        preview("{\"matchYear\": \"2027\", \"asOf\": \"2026-05-15\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[?(@.path == 'matchYear')].reason").value("must be a whole number"))
                .andExpect(jsonPath("$.problems[?(@.path == 'profile')].reason").value("is required"));
    }

    @Test
    void a_body_that_is_not_an_object_is_reported() throws Exception {
        preview("[1, 2]").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[0].path").value("$"));
    }

    @Test
    void an_applicant_may_not_preview_assessments() throws Exception {
        ObjectNode request = example("03-radiology-professionalism.json");
        request.remove("expect");
        preview(JSON.writeValueAsString(request), "applicant@demo.example", "demo-applicant")
                .andExpect(status().isForbidden());
    }

    @Test
    void an_admin_may_preview_assessments() throws Exception {
        ObjectNode request = example("03-radiology-professionalism.json");
        request.remove("expect");
        preview(JSON.writeValueAsString(request), "admin@demo.example", "demo-admin")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.readiness.verdict").value("NOT_READY"));
    }

    @Test
    void an_anonymous_caller_gets_401() throws Exception {
        mvc.perform(post("/api/v1/assessments/preview").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnauthorized());
    }
}
