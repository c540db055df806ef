package org.matchwise.base.api;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.matchwise.MatchwiseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Input over a limit is a clear 400 or 413 problem naming the limit, never a 500 and never minutes of work: texts
 * longer than their column, lists longer than {@code matchwise.limits.profile-list}, bodies over
 * {@code matchwise.limits.body}, imports over {@code matchwise.limits.import-rows} (README "Limits").
 */
@MatchwiseTest
class LimitsApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    private ResultActions asAdmin(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(httpBasic("admin@demo.example", "demo-admin")));
    }

    private static ObjectNode example() throws Exception {
        // the example is a preview request with the expected answer; its profile is a valid profile
        return (ObjectNode) JSON.readTree(Files.readString(Path.of("src/test/resources/examples/01-med-peds-step1-retake.json")))
                .get("profile");
    }

    private ResultActions create(ObjectNode profile) throws Exception {
        return asAdmin(post("/api/v1/applicants").contentType(MediaType.APPLICATION_JSON).content(profile.toString()));
    }

    private ResultActions preview(ObjectNode profile) throws Exception {
        ObjectNode body = JSON.createObjectNode();
        body.put("matchYear", 2027).put("asOf", "2026-05-15").set("profile", profile);
        return asAdmin(post("/api/v1/assessments/preview").contentType(MediaType.APPLICATION_JSON).content(body.toString()));
    }

    private static void invalid(ResultActions result, String path, String reason) throws Exception {
        result.andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.error").value("invalid_request"))
                .andExpect(jsonPath("$.problems[0].path").value(path))
                .andExpect(jsonPath("$.problems[0].reason").value(reason));
    }

    @Test
    void a_given_name_of_201_characters_is_a_400_naming_the_field_and_its_limit() throws Exception {
        ObjectNode profile = example();
        ((ObjectNode) profile.get("name")).put("given", "a".repeat(201));

        invalid(create(profile), "name.given", "is 201 characters long; at most 200 are allowed");
    }

    @Test
    void a_description_of_100000_characters_is_a_400_at_its_path_in_a_preview() throws Exception {
        ObjectNode profile = example();
        ArrayNode events = profile.putArray("professionalismEvents");
        events.addObject().put("date", "2019-11-01").put("description", "x".repeat(100_000));

        invalid(preview(profile), "profile.professionalismEvents[0].description",
                "is 100000 characters long; at most 2000 are allowed");
    }

    @Test
    void a_note_of_100000_characters_on_a_flag_is_a_400_naming_the_note() throws Exception {
        invalid(asAdmin(post("/api/v1/applicants/1/flags/1/addressed").contentType(MediaType.APPLICATION_JSON)
                .content(JSON.createObjectNode().put("note", "n".repeat(100_000)).toString())),
                "note", "is 100000 characters long; at most 4000 are allowed");
    }

    @Test
    void a_manual_flag_message_longer_than_its_column_is_a_400() throws Exception {
        invalid(asAdmin(post("/api/v1/applicants/1/flags").contentType(MediaType.APPLICATION_JSON)
                .content(JSON.createObjectNode().put("severity", "HIGH").put("message", "m".repeat(2001)).toString())),
                "message", "is 2001 characters long; at most 2000 are allowed");
    }

    @Test
    void a_list_longer_than_the_profile_list_limit_is_one_problem_naming_the_property() throws Exception {
        ObjectNode profile = example();
        ArrayNode exams = profile.putArray("exams");
        for (int i = 0; i < 101; i++) {
            exams.addObject().put("exam", "USMLE_STEP1").put("date", "2019-06-10").put("outcome", "FAIL");
        }

        invalid(preview(profile), "profile.exams",
                "has 101 entries; at most 100 are allowed (matchwise.limits.profile-list)");
    }

    @Test
    void a_list_at_the_limit_is_assessed() throws Exception {
        ObjectNode profile = example();
        ArrayNode exams = profile.putArray("exams");
        for (int i = 0; i < 100; i++) {
            exams.addObject().put("exam", "USMLE_STEP1").put("date", "2019-06-10").put("outcome", "FAIL");
        }

        preview(profile).andExpect(status().isOk()).andExpect(jsonPath("$.flags[0].rule").value("R1"));
    }

    @Test
    void a_body_over_the_body_limit_is_a_413_naming_the_limit_before_it_is_read() throws Exception {
        byte[] body = new byte[2 * 1024 * 1024 + 1];
        java.util.Arrays.fill(body, (byte) ' ');

        asAdmin(post("/api/v1/assessments/preview").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().is(413))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.error").value("content_too_large"))
                .andExpect(jsonPath("$.detail").value(
                        "The request body is 2097153 bytes; the limit is 2 MB (matchwise.limits.body)."));
    }

    @Test
    void an_import_with_more_rows_than_the_limit_is_refused_whole_naming_the_limit() throws Exception {
        StringBuilder csv = new StringBuilder("externalId,givenName,familyName,applicantType,matriculationDate,"
                + "graduationDate,matchYear,advisorEmail\n");
        for (int i = 0; i < 5001; i++) {
            csv.append("ROW-").append(i).append(",A,B,US_IMG,2016-08-15,2021-05-30,2027,advisor@demo.example\n");
        }

        asAdmin(post("/api/v1/imports").contentType("text/csv").content(csv.toString()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString(
                        "at most 5000 are imported at once (matchwise.limits.import-rows)")));
    }
}
