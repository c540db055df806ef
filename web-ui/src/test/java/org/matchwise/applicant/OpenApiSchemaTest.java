package org.matchwise.applicant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.matchwise.MatchwiseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The OpenAPI document describes the profile, the preview's request and answer, and the created and error bodies. */
@MatchwiseTest
class OpenApiSchemaTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService userDetails;

    private JsonNode apiDocs() throws Exception {
        String body = mvc.perform(get("/v3/api-docs").with(user(userDetails.loadUserByUsername("advisor@demo.example"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return JsonMapper.builder().build().readTree(body);
    }

    private static String ref(JsonNode content) {
        return content.path("schema").path("$ref").asString("");
    }

    @Test
    void the_profile_schema_lists_its_fields_and_which_are_required() throws Exception {
        JsonNode docs = apiDocs();
        JsonNode profile = docs.path("components").path("schemas").path("ApplicantProfile");

        assertThat(List.copyOf(profile.path("properties").propertyNames())).contains("externalId", "name", "email",
                "applicantType", "visa", "medicalSchool", "matriculationDate", "graduationDate", "targetSpecialties",
                "matchYear", "exams", "practiceAssessments", "clinicalExperiences", "letters", "timeline",
                "academicEvents", "professionalismEvents", "cycles");
        assertThat(profile.path("required").valueStream().map(JsonNode::stringValue).toList())
                .contains("externalId", "name", "applicantType", "matriculationDate", "graduationDate");
        assertThat(profile.path("properties").path("applicantType").path("enum").valueStream()
                .map(JsonNode::stringValue).toList()).containsExactly("US_MD", "US_DO", "US_IMG", "NON_US_IMG");
        assertThat(docs.path("components").path("schemas").path("ApplicantProfileExam").path("properties")
                .propertyNames()).contains("exam", "date", "outcome", "score");
    }

    @Test
    void the_endpoints_name_their_request_and_answer_bodies() throws Exception {
        JsonNode paths = apiDocs().path("paths");

        JsonNode create = paths.path("/api/v1/applicants").path("post");
        assertThat(ref(create.path("requestBody").path("content").path("application/json")))
                .isEqualTo("#/components/schemas/ApplicantProfile");
        assertThat(ref(create.path("responses").path("201").path("content").path("application/json")))
                .isEqualTo("#/components/schemas/ApplicantSaved");
        assertThat(ref(create.path("responses").path("400").path("content").path("application/problem+json")))
                .isEqualTo("#/components/schemas/ProblemDetail");
        assertThat(ref(paths.path("/api/v1/applicants/{id}").path("get").path("responses").path("200")
                .path("content").path("application/json"))).isEqualTo("#/components/schemas/ApplicantProfile");

        JsonNode preview = paths.path("/api/v1/assessments/preview").path("post");
        assertThat(ref(preview.path("requestBody").path("content").path("application/json")))
                .isEqualTo("#/components/schemas/AssessmentPreviewRequest");
        assertThat(ref(preview.path("responses").path("200").path("content").path("application/json")))
                .isEqualTo("#/components/schemas/Assessment");
    }
}
