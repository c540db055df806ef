package org.matchwise.base.api;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.matchwise.MatchwiseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/** Every error of the REST API is problem+json with a stable code; none is HTML, empty or a redirect. */
@MatchwiseTest
class ApiErrorsTest {

    @Autowired
    MockMvc mvc;

    private ResultActions asAdmin(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        return mvc.perform(request.with(httpBasic("admin@demo.example", "demo-admin")));
    }

    private static void problem(ResultActions result, int status, String error, String instance) throws Exception {
        result.andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("about:blank"))
                .andExpect(jsonPath("$.title").isString())
                .andExpect(jsonPath("$.status").value(status))
                .andExpect(jsonPath("$.detail").isString())
                .andExpect(jsonPath("$.instance").value(instance))
                .andExpect(jsonPath("$.error").value(error));
    }

    @Test
    void an_unknown_path_under_the_api_is_a_404_problem_not_the_apps_html_page() throws Exception {
        problem(asAdmin(get("/api/v1/nope")), 404, "not_found", "/api/v1/nope");
    }

    @Test
    void a_method_the_endpoint_does_not_take_is_a_405_problem_naming_the_allowed_ones() throws Exception {
        ResultActions result = asAdmin(delete("/api/v1/me"));
        problem(result, 405, "method_not_allowed", "/api/v1/me");
        result.andExpect(header().string("Allow", "GET")).andExpect(jsonPath("$.detail").value("DELETE is not allowed here; use GET."));
    }

    @Test
    void a_body_of_the_wrong_content_type_is_a_415_problem() throws Exception {
        ResultActions result = asAdmin(post("/api/v1/assessments/preview").contentType(MediaType.TEXT_PLAIN).content("hello"));
        problem(result, 415, "unsupported_media_type", "/api/v1/assessments/preview");
        result.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("application/json")));
    }

    @Test
    void asking_for_a_type_the_endpoint_cannot_give_is_a_406_problem() throws Exception {
        problem(asAdmin(get("/api/v1/applicants/1").accept(MediaType.APPLICATION_PDF)), 406, "not_acceptable",
                "/api/v1/applicants/1");
    }

    @Test
    void a_multipart_import_without_its_file_part_is_a_400_naming_the_part() throws Exception {
        ResultActions result = asAdmin(multipart("/api/v1/imports")
                .file(new MockMultipartFile("roster", "roster.csv", "text/csv", "x".getBytes())));
        problem(result, 400, "invalid_request", "/api/v1/imports");
        result.andExpect(jsonPath("$.problems[0].path").value("file"))
                .andExpect(jsonPath("$.problems[0].reason").value("is required"));
    }

    @Test
    void a_parameter_of_the_wrong_type_is_a_400_naming_the_parameter() throws Exception {
        ResultActions result = asAdmin(get("/api/v1/applicants/abc"));
        problem(result, 400, "invalid_parameter", "/api/v1/applicants/abc");
        result.andExpect(jsonPath("$.problems[0].path").value("id"))
                .andExpect(jsonPath("$.problems[0].reason").value("must be a whole number, was \"abc\""));
    }

    @Test
    void broken_json_is_a_400_invalid_json_problem() throws Exception {
        problem(asAdmin(post("/api/v1/applicants").contentType(MediaType.APPLICATION_JSON).content("{\"a\": ")),
                400, "invalid_json", "/api/v1/applicants");
    }

    @Test
    void an_anonymous_call_is_a_401_problem_with_a_basic_challenge_and_no_redirect() throws Exception {
        ResultActions result = mvc.perform(get("/api/v1/applicants"));
        problem(result, 401, "unauthorized", "/api/v1/applicants");
        result.andExpect(header().string("WWW-Authenticate", "Basic realm=\"Matchwise\""))
                .andExpect(header().doesNotExist("Location"));
    }

    @Test
    void a_wrong_password_is_the_same_401_problem() throws Exception {
        problem(mvc.perform(get("/api/v1/me").with(httpBasic("advisor@demo.example", "not-the-password"))), 401,
                "unauthorized", "/api/v1/me");
    }

    @Test
    void a_role_refused_by_the_chain_or_by_a_service_is_a_403_problem() throws Exception {
        problem(mvc.perform(get("/api/v1/users").with(httpBasic("advisor@demo.example", "demo-advisor"))), 403,
                "forbidden", "/api/v1/users");
    }

    @Test
    void an_unknown_applicant_is_a_404_problem_from_the_controller() throws Exception {
        problem(asAdmin(get("/api/v1/applicants/999999")), 404, "not_found", "/api/v1/applicants/999999");
    }
}
