package org.matchwise.applicant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.matchwise.MatchwiseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A profile with many problems is answered once, 400, listing every problem with its path, whatever its kind. */
@MatchwiseTest
class ProfileProblemsApiTest {

    @Autowired MockMvc mvc;

    @Test
    void a_create_with_problems_of_every_kind_lists_them_all_in_one_answer() throws Exception {
        String body = """
                {"externalId": "MULTI-1", "nmae": {"given": "Dana"}, "applicantType": "US_IMG", "visa": "L1",
                 "matriculationDate": 20160815, "graduationDate": "2021-05-30", "matchYear": 2027.5,
                 "exams": [{"exam": "USMLE_STEP1", "date": "2019-06-10", "outcome": "FAIL", "grade": "A"},
                           "USMLE_STEP2_CK"],
                 "letters": {"writer": "A. Writer"},
                 "timeline": [{"kind": "WORK", "reason": "HEALTH", "start": "2018-01-01"}]}
                """;

        String answer = mvc.perform(post("/api/v1/applicants").with(httpBasic("advisor@demo.example", "demo-advisor"))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("invalid_request"))
                .andExpect(jsonPath("$.detail").value("The request has 9 problems."))
                .andReturn().getResponse().getContentAsString();
        List<String> problems = JsonMapper.builder().build().readTree(answer).get("problems").valueStream()
                .map(p -> p.get("path").stringValue() + ": " + p.get("reason").stringValue()).toList();

        assertThat(problems).containsExactlyInAnyOrder(
                "nmae: is not a known field",
                "name: is required",
                "visa: must be one of NONE, J1, H1B, was \"L1\"",
                "matriculationDate: must be a date written YYYY-MM-DD",
                "matchYear: must be a whole number",
                "exams[0].grade: is not a known field",
                "exams[1]: must be a JSON object",
                "letters: must be a JSON array",
                "timeline[0].reason: is only for a LEAVE_OF_ABSENCE entry");
    }
}
