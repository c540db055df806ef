package org.matchwise.applicant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.matchwise.MatchwiseTest;
import org.matchwise.account.Role;
import org.matchwise.plan.persistence.RemediationPlanRepository;
import org.matchwise.portal.PortalFixture;
import org.matchwise.profile.json.ProfileJson;
import org.matchwise.security.AccountSetup;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The REST side of records applicants cannot erase: PUT refusals, correction requests and their answers. */
@MatchwiseTest
class CorrectionApiTest {

    static final RequestPostProcessor ADVISOR = httpBasic("advisor@demo.example", "demo-advisor");
    static final RequestPostProcessor OTHER_ADVISOR = httpBasic("advisor@corrections-api.example", "elsewhere-advisor-password");
    static PortalFixture fixture;

    @Autowired MockMvc mvc;
    @Autowired ProfileJson profiles;
    final JsonMapper json = JsonMapper.builder().build();
    PortalFixture.Applicant dana;

    @BeforeAll
    static void setUp(@Autowired AccountSetup accounts, @Autowired UserDetailsService users,
            @Autowired ApplicantService applicants, @Autowired RemediationPlanRepository plans,
            @Autowired TransactionTemplate tx, @Autowired Clock clock) {
        fixture = new PortalFixture(accounts, users, applicants, plans, tx, clock);
        synchronized (CorrectionApiTest.class) {
            if (!accounts.schoolExists("Corrections API Elsewhere")) {
                accounts.createSchoolWithAccounts("Corrections API Elsewhere", List.of(new AccountSetup.NewAccount(
                        "advisor@corrections-api.example", "Otto Elsewhere", Role.ADVISOR, "elsewhere-advisor-password")));
            }
        }
    }

    @BeforeEach
    void applicant() {
        dana = fixture.applicant("dana." + UUID.randomUUID().toString().substring(0, 8) + "@corrections-api.example",
                "Dana", "Api");
    }

    private RequestPostProcessor asDana() {
        return httpBasic(dana.email(), PortalFixture.PASSWORD);
    }

    private String path() {
        return "/api/v1/applicants/" + dana.recordId();
    }

    @Test
    void an_applicants_put_that_drops_a_verified_failure_is_a_422_naming_it_and_changes_nothing() throws Exception {
        var answer = mvc.perform(get(path()).with(asDana())).andExpect(status().isOk()).andReturn().getResponse();
        ObjectNode profile = (ObjectNode) json.readTree(answer.getContentAsString());
        ((tools.jackson.databind.node.ArrayNode) profile.get("exams")).remove(0);

        mvc.perform(put(path()).with(asDana()).header("If-Match", answer.getHeader("ETag"))
                        .contentType(MediaType.APPLICATION_JSON).content(profile.toString()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.error").value("verified_entry"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString(
                        "USMLE Step 1, attempt 1, 10 Jun 2019, failed")));
        mvc.perform(get(path()).with(asDana())).andExpect(jsonPath("$.exams.length()").value(3))
                .andExpect(jsonPath("$.exams[0].outcome").value("FAIL"));
    }

    @Test
    void an_applicant_asks_for_a_change_in_the_profile_format_and_an_advisor_accepts_it() throws Exception {
        String created = mvc.perform(post(path() + "/corrections").with(asDana()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"item\":\"exams[2]\",\"kind\":\"CHANGE\",\"reason\":\"My score report says 247.\","
                                + "\"proposed\":{\"exam\":\"USMLE_STEP2_CK\",\"date\":\"2020-09-01\",\"outcome\":\"PASS\","
                                + "\"score\":247}}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("OPEN"))
                .andExpect(jsonPath("$.kind").value("CHANGE"))
                .andExpect(jsonPath("$.proposed").value("USMLE Step 2 CK, attempt 1, 1 Sep 2020, passed, score 247"))
                .andReturn().getResponse().getContentAsString();
        long id = json.readTree(created).get("id").asLong();

        mvc.perform(get(path() + "/corrections").with(asDana())).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value(id));
        mvc.perform(get("/api/v1/corrections").with(ADVISOR).param("size", "200")).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.id == " + id + ")].reason").value("My score report says 247."));
        mvc.perform(post("/api/v1/corrections/" + id + "/accept").with(asDana())).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/corrections/" + id + "/accept").with(OTHER_ADVISOR)).andExpect(status().isNotFound());

        mvc.perform(post("/api/v1/corrections/" + id + "/accept").with(ADVISOR)).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ACCEPTED"))
                .andExpect(jsonPath("$.decidedBy").value("Alex Advisor"));
        mvc.perform(get(path()).with(ADVISOR)).andExpect(jsonPath("$.exams[2].score").value(247));
        mvc.perform(post("/api/v1/corrections/" + id + "/decline").with(ADVISOR)).andExpect(status().isConflict())
                .andExpect(jsonPath("$.error").value("request_closed"));
    }

    @Test
    void a_proposal_is_checked_like_a_profile_entry_with_paths_under_proposed() throws Exception {
        mvc.perform(post(path() + "/corrections").with(asDana()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"item\":\"exams[2]\",\"kind\":\"CHANGE\",\"reason\":\"x\","
                                + "\"proposed\":{\"exam\":\"USMLE_STEP2_CK\",\"date\":\"2020-09-31\",\"outcome\":\"PASS\","
                                + "\"grade\":\"A\"}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[*].path").value(org.hamcrest.Matchers.hasItems("proposed.date",
                        "proposed.grade")));
        mvc.perform(post(path() + "/corrections").with(asDana()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"item\":\"exams[2]\",\"kind\":\"CHANGE\",\"reason\":\"x\","
                                + "\"proposed\":{\"exam\":\"USMLE_STEP2_CK\",\"date\":\"2020-09-01\",\"outcome\":\"PASS\","
                                + "\"score\":400}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[0].path").value("proposed"))
                .andExpect(jsonPath("$.problems[0].reason").value(org.hamcrest.Matchers.containsString("between 1 and 300")));
        mvc.perform(post(path() + "/corrections").with(asDana()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"item\":\"exams[0]\",\"kind\":\"ERASE\",\"reason\":\"x\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.problems[0].path").value("kind"));
        mvc.perform(post(path() + "/corrections").with(asDana()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"item\":\"exams[0]\",\"kind\":\"REMOVE\"}"))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.error").value("reason_missing"));
    }

    @Test
    void an_advisor_declines_with_a_note_the_applicant_reads_and_nobody_else_reaches_the_requests() throws Exception {
        String created = mvc.perform(post(path() + "/corrections").with(asDana()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"item\":\"exams[0]\",\"kind\":\"REMOVE\",\"reason\":\"Annulled sitting.\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.words").value(org.hamcrest.Matchers.endsWith(
                        " asks to remove: USMLE Step 1, attempt 1, 10 Jun 2019, failed")))
                .andReturn().getResponse().getContentAsString();
        long id = json.readTree(created).get("id").asLong();
        PortalFixture.Applicant other = fixture.applicant("other." + UUID.randomUUID().toString().substring(0, 8)
                + "@corrections-api.example", "Olive", "Api");

        mvc.perform(post("/api/v1/corrections/" + id + "/decline").with(ADVISOR).contentType(MediaType.APPLICATION_JSON)
                .content("{\"note\":\"The NBME transcript lists it.\"}")).andExpect(status().isOk());

        mvc.perform(get(path() + "/corrections").with(asDana())).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].status").value("DECLINED"))
                .andExpect(jsonPath("$[0].decisionNote").value("The NBME transcript lists it."))
                .andExpect(jsonPath("$[0].decidedBy").value(org.hamcrest.Matchers.nullValue()));
        mvc.perform(get(path() + "/corrections").with(httpBasic(other.email(), PortalFixture.PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get(path() + "/corrections").with(OTHER_ADVISOR)).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/applicants/" + dana.recordId() + "/corrections").with(ADVISOR)
                .contentType(MediaType.APPLICATION_JSON).content("{\"item\":\"exams[0]\",\"kind\":\"REMOVE\",\"reason\":\"x\"}"))
                .andExpect(status().isForbidden());
        assertThat(id).isPositive();
    }
}
