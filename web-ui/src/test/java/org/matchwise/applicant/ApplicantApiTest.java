package org.matchwise.applicant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.matchwise.AsUser;
import org.matchwise.MatchwiseTest;
import org.matchwise.account.Role;
import org.matchwise.flags.FlagStatus;
import org.matchwise.audit.AccessLog;
import org.matchwise.profile.json.ProfileJson;
import org.matchwise.security.AccountSetup;
import org.matchwise.security.AccountSetup.NewAccount;
import org.matchwise.testing.ExampleCases;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;

@MatchwiseTest
class ApplicantApiTest {

    static final RequestPostProcessor ADMIN = httpBasic("admin@demo.example", "demo-admin");
    static final RequestPostProcessor ADVISOR = httpBasic("advisor@demo.example", "demo-advisor");
    static final RequestPostProcessor APPLICANT = httpBasic("applicant@demo.example", "demo-applicant");
    static final RequestPostProcessor OTHER_ADVISOR = httpBasic("advisor@other.example", "other-advisor-pw-1");
    static final RequestPostProcessor OTHER_ADMIN = httpBasic("admin@other.example", "other-admin-pw-12");

    @Autowired MockMvc mvc;
    @Autowired ProfileJson profiles;
    @Autowired AccountSetup setup;
    @Autowired AccessLog accessLog;
    @Autowired UserDetailsService userDetails;
    final JsonMapper json = JsonMapper.builder().build();

    @BeforeEach
    void otherSchool() {
        if (!setup.schoolExists("Other School")) {
            setup.createSchoolWithAccounts("Other School", List.of(
                    new NewAccount("admin@other.example", "Olga Admin", Role.ADMIN, "other-admin-pw-12"),
                    new NewAccount("advisor@other.example", "Otto Advisor", Role.ADVISOR, "other-advisor-pw-1")));
        }
    }

    private ApplicantProfile dana() {
        return ExampleCases.medPedsStep1Retake().profile().toBuilder().matchYear(2027)
                .externalId("EX-" + UUID.randomUUID()).build();
    }

    private String body(ApplicantProfile p) {
        return profiles.write(p).toString();
    }

    /** Creates as the demo advisor; returns the id. */
    private long create(ApplicantProfile p) throws Exception {
        String answer = mvc.perform(post("/api/v1/applicants").with(ADVISOR).contentType(MediaType.APPLICATION_JSON).content(body(p)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return json.readTree(answer).get("id").asLong();
    }

    private String etagOf(long id, RequestPostProcessor who) throws Exception {
        return mvc.perform(get("/api/v1/applicants/" + id).with(who)).andExpect(status().isOk())
                .andReturn().getResponse().getHeader("ETag");
    }

    private ResultActions putProfile(long id, ApplicantProfile p, String ifMatch, RequestPostProcessor who) throws Exception {
        var request = put("/api/v1/applicants/" + id).with(who).contentType(MediaType.APPLICATION_JSON).content(body(p));
        return mvc.perform(ifMatch == null ? request : request.header("If-Match", ifMatch));
    }

    @Test
    void an_advisor_creates_a_record_and_gets_201_with_location_id_and_etag() throws Exception {
        ApplicantProfile p = dana();
        String answer = mvc.perform(post("/api/v1/applicants").with(ADVISOR).contentType(MediaType.APPLICATION_JSON).content(body(p)))
                .andExpect(status().isCreated())
                .andExpect(header().exists("ETag"))
                .andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/v1/applicants/")))
                .andExpect(jsonPath("$.id").isNumber())
                .andReturn().getResponse().getContentAsString();
        long id = json.readTree(answer).get("id").asLong();

        mvc.perform(get("/api/v1/applicants/" + id).with(ADVISOR))
                .andExpect(status().isOk())
                .andExpect(header().exists("ETag"))
                .andExpect(jsonPath("$.externalId").value(p.externalId()))
                .andExpect(jsonPath("$.exams[0].outcome").value("FAIL"));
    }

    @Test
    void a_second_record_with_the_same_external_id_is_a_409() throws Exception {
        ApplicantProfile p = dana();
        create(p);
        mvc.perform(post("/api/v1/applicants").with(ADVISOR).contentType(MediaType.APPLICATION_JSON).content(body(p)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.error").value("duplicate_external_id"));
    }

    @Test
    void an_invalid_profile_is_a_400_listing_every_problem() throws Exception {
        mvc.perform(post("/api/v1/applicants").with(ADVISOR).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"externalId\":\"X\",\"nmae\":{}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems").isArray());
    }

    @Test
    void a_put_without_if_match_is_428_and_changes_nothing() throws Exception {
        ApplicantProfile p = dana();
        long id = create(p);
        putProfile(id, p.toBuilder().email("changed@example.org").build(), null, ADVISOR)
                .andExpect(status().isPreconditionRequired())
                .andExpect(jsonPath("$.error").value("precondition_required"));
        mvc.perform(get("/api/v1/applicants/" + id).with(ADVISOR)).andExpect(jsonPath("$.email").value(p.email()));
    }

    @Test
    void a_put_with_a_stale_etag_is_412_and_never_a_lost_update() throws Exception {
        ApplicantProfile p = dana();
        long id = create(p);
        String etag = etagOf(id, ADVISOR);

        String newEtag = putProfile(id, p.toBuilder().email("first@example.org").build(), etag, ADVISOR)
                .andExpect(status().isOk()).andReturn().getResponse().getHeader("ETag");
        putProfile(id, p.toBuilder().email("second@example.org").build(), etag, ADMIN)
                .andExpect(status().isPreconditionFailed())
                .andExpect(jsonPath("$.error").value("precondition_failed"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("changed since you loaded it")));

        assertThat(newEtag).isNotEqualTo(etag);
        mvc.perform(get("/api/v1/applicants/" + id).with(ADVISOR))
                .andExpect(header().string("ETag", newEtag))
                .andExpect(jsonPath("$.email").value("first@example.org"));
    }

    @Test
    void changing_only_one_exam_gives_a_new_etag() throws Exception {
        ApplicantProfile p = dana();
        long id = create(p);
        String etag = etagOf(id, ADVISOR);
        ApplicantProfile changed = p.toBuilder().exams(List.of(p.exams().get(0), p.exams().get(1),
                org.matchwise.applicant.ExamAttempt.passed(Exam.USMLE_STEP2_CK, p.exams().get(2).date(), 240))).build();

        String next = putProfile(id, changed, etag, ADVISOR).andExpect(status().isOk()).andReturn().getResponse().getHeader("ETag");

        assertThat(next).isNotEqualTo(etag);
        putProfile(id, p, etag, ADVISOR).andExpect(status().isPreconditionFailed());
    }

    @Test
    void the_list_matches_name_email_or_external_id_case_insensitively_and_filters_by_open_flag() throws Exception {
        String marker = "Zq" + UUID.randomUUID().toString().substring(0, 6);
        ApplicantProfile p = dana().toBuilder().name("Dana", marker).build();
        long id = create(p);

        mvc.perform(get("/api/v1/applicants").param("q", marker.toUpperCase()).with(ADVISOR))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].id").value(id));
        mvc.perform(get("/api/v1/applicants").param("q", p.externalId().toLowerCase()).param("matchYear", "2027")
                        .param("flag", "EXAM_FAILURE").with(ADMIN))
                .andExpect(jsonPath("$.items[*].id").value(hasItem((int) id)));
        mvc.perform(get("/api/v1/applicants").param("q", marker).param("flag", "PROFESSIONALISM").with(ADVISOR))
                .andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void the_assessment_has_the_preview_shape_with_the_stored_rule_set_version() throws Exception {
        long id = create(dana());
        mvc.perform(get("/api/v1/applicants/" + id + "/assessment").with(ADVISOR))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.matchYear").value(2027))
                .andExpect(jsonPath("$.ruleSet.version").value(1))
                .andExpect(jsonPath("$.ruleSet.school").value("Demo School of Medicine"))
                .andExpect(jsonPath("$.flags[0].rule").value("R1"))
                .andExpect(jsonPath("$.flags[0].pattern").value("ISOLATED_RECOVERED"))
                .andExpect(jsonPath("$.step2Timing.status").value("PASSED"))
                .andExpect(jsonPath("$.readiness.verdict").exists());
    }

    @Test
    void a_flag_opens_when_its_rule_fires_and_closes_with_a_date_once_fixed() throws Exception {
        ApplicantProfile p = dana();
        long id = create(p);
        mvc.perform(get("/api/v1/applicants/" + id + "/flags").with(ADVISOR))
                .andExpect(jsonPath("$[?(@.rule == 'R1')].state").value(hasItem("OPEN")));

        ApplicantProfile fixed = p.toBuilder().exams(List.of(p.exams().get(1), p.exams().get(2))).build();
        putProfile(id, fixed, etagOf(id, ADVISOR), ADVISOR).andExpect(status().isOk());

        mvc.perform(get("/api/v1/applicants/" + id + "/flags").with(ADVISOR))
                .andExpect(jsonPath("$[?(@.rule == 'R1')].state").value(hasItem("CLOSED")))
                .andExpect(jsonPath("$[?(@.rule == 'R1')].closedOn").value(hasItem(org.hamcrest.Matchers.notNullValue())))
                .andExpect(jsonPath("$[?(@.rule == 'R1')].state").value(not(hasItem("OPEN"))));
    }

    @Test
    void an_advisor_marks_a_flag_addressed_with_a_note_and_it_stays_on_record() throws Exception {
        long id = create(dana());
        String flags = mvc.perform(get("/api/v1/applicants/" + id + "/flags").with(ADVISOR)).andReturn().getResponse().getContentAsString();
        long flagId = json.readTree(flags).get(0).get("id").asLong();

        mvc.perform(post("/api/v1/applicants/" + id + "/flags/" + flagId + "/addressed").with(ADVISOR)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"note\":\"explained in ERAS, reviewed\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value(FlagStatus.ADDRESSED.name()))
                .andExpect(jsonPath("$.addressedNote").value("explained in ERAS, reviewed"));
        mvc.perform(post("/api/v1/applicants/" + id + "/flags/" + flagId + "/addressed").with(ADVISOR)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"note\":\" \"}"))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(get("/api/v1/applicants/" + id + "/flags").with(ADVISOR))
                .andExpect(jsonPath("$[?(@.id == " + flagId + ")].state").value(hasItem("ADDRESSED")));
    }

    @Test
    void a_manual_flag_passes_through_to_the_assessment_as_r18() throws Exception {
        long id = create(dana());
        mvc.perform(post("/api/v1/applicants/" + id + "/flags").with(ADVISOR).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"severity\":\"MEDIUM\",\"message\":\"Weak mock interview\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.rule").value("R18"));
        mvc.perform(get("/api/v1/applicants/" + id + "/assessment").with(ADVISOR))
                .andExpect(jsonPath("$.flags[?(@.rule == 'R18')].message").value(hasItem("Weak mock interview")));
    }

    @Test
    void an_advisor_shares_an_existing_manual_flag_takes_the_sharing_back_and_withdraws_it() throws Exception {
        long id = create(dana());
        String added = mvc.perform(post("/api/v1/applicants/" + id + "/flags").with(ADVISOR)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"severity\":\"LOW\",\"message\":\"Practise the gap answer\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.shared").value(false))
                .andReturn().getResponse().getContentAsString();
        long manual = json.readTree(added).get("id").asLong();
        String shared = "/api/v1/applicants/" + id + "/flags/" + manual + "/shared";

        mvc.perform(put(shared).with(ADVISOR).contentType(MediaType.APPLICATION_JSON).content("{\"shared\":true}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.shared").value(true));
        mvc.perform(get("/api/v1/applicants/" + id + "/flags").with(ADVISOR))
                .andExpect(jsonPath("$[?(@.id == " + manual + ")].shared").value(hasItem(true)));
        mvc.perform(put(shared).with(ADVISOR).contentType(MediaType.APPLICATION_JSON).content("{\"shared\":false}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.shared").value(false));
        mvc.perform(put(shared).with(ADVISOR).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.problems[0].path").value("shared"));

        String flags = mvc.perform(get("/api/v1/applicants/" + id + "/flags").with(ADVISOR)).andReturn().getResponse().getContentAsString();
        long detected = json.readTree(flags).get(0).get("id").asLong();
        mvc.perform(put("/api/v1/applicants/" + id + "/flags/" + detected + "/shared").with(ADVISOR)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"shared\":true}"))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.error").value("not_manual"));
        mvc.perform(put("/api/v1/applicants/" + id + "/flags/999999999/shared").with(ADVISOR)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"shared\":true}"))
                .andExpect(status().isNotFound());

        mvc.perform(post("/api/v1/applicants/" + id + "/flags/" + manual + "/withdrawn").with(ADVISOR))
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("CLOSED"))
                .andExpect(jsonPath("$.closedOn").value(org.hamcrest.Matchers.notNullValue()));
        mvc.perform(get("/api/v1/applicants/" + id + "/assessment").with(ADVISOR))
                .andExpect(jsonPath("$.flags[?(@.rule == 'R18')]").isEmpty());
        mvc.perform(post("/api/v1/applicants/" + id + "/flags/" + detected + "/withdrawn").with(ADVISOR))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/applicants/" + id + "/flags/" + manual + "/withdrawn").with(APPLICANT))
                .andExpect(status().isForbidden());
    }

    @Test
    void an_applicant_may_not_add_flags_nor_list_applicants() throws Exception {
        long id = create(dana());
        mvc.perform(post("/api/v1/applicants/" + id + "/flags").with(APPLICANT).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"severity\":\"HIGH\",\"message\":\"x\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/applicants").with(APPLICANT)).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/applicants").with(APPLICANT).contentType(MediaType.APPLICATION_JSON).content(body(dana())))
                .andExpect(status().isForbidden());
    }

    @Test
    void an_applicant_cannot_reach_a_record_that_is_not_theirs_by_changing_the_id() throws Exception {
        long id = create(dana());
        mvc.perform(get("/api/v1/applicants/" + id).with(APPLICANT)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/applicants/" + id + "/assessment").with(APPLICANT)).andExpect(status().isNotFound());
        putProfile(id, dana(), "\"0\"", APPLICANT).andExpect(status().isNotFound());
    }

    @Test
    void a_user_of_another_school_can_neither_read_list_change_nor_flag_a_record() throws Exception {
        ApplicantProfile p = dana();
        long id = create(p);
        String etag = etagOf(id, ADVISOR);
        for (RequestPostProcessor other : List.of(OTHER_ADVISOR, OTHER_ADMIN)) {
            mvc.perform(get("/api/v1/applicants/" + id).with(other)).andExpect(status().isNotFound())
                    .andExpect(jsonPath("$.error").value("not_found"));
            mvc.perform(get("/api/v1/applicants/" + id + "/assessment").with(other)).andExpect(status().isNotFound());
            mvc.perform(get("/api/v1/applicants/" + id + "/history").with(other)).andExpect(status().isNotFound());
            mvc.perform(get("/api/v1/applicants/" + id + "/flags").with(other)).andExpect(status().isNotFound());
            putProfile(id, p.toBuilder().email("x@example.org").build(), etag, other).andExpect(status().isNotFound());
            mvc.perform(post("/api/v1/applicants/" + id + "/flags").with(other).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"severity\":\"HIGH\",\"message\":\"x\"}")).andExpect(status().isNotFound());
            mvc.perform(post("/api/v1/applicants/" + id + "/cycles/2027/submit").with(other)).andExpect(status().isNotFound());
            mvc.perform(get("/api/v1/applicants").param("q", p.externalId()).with(other))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(0));
        }
        mvc.perform(get("/api/v1/applicants/" + id).with(ADVISOR)).andExpect(header().string("ETag", etag));
    }

    @Test
    void an_unknown_id_and_a_foreign_id_get_the_same_answer() throws Exception {
        long id = create(dana());
        String foreign = mvc.perform(get("/api/v1/applicants/" + id).with(OTHER_ADVISOR)).andReturn().getResponse().getContentAsString();
        String unknown = mvc.perform(get("/api/v1/applicants/" + (id + 1_000_000)).with(OTHER_ADVISOR)).andReturn().getResponse().getContentAsString();
        // the id is named in the detail and in the problem's instance (the request path); each answer carries its
        // own request id
        assertThat(withoutRequestId(foreign).replace(String.valueOf(id), "N"))
                .isEqualTo(withoutRequestId(unknown).replace(String.valueOf(id + 1_000_000), "N"));
    }

    private static String withoutRequestId(String problem) {
        return problem.replaceAll("\"requestId\":\"[^\"]*\"", "\"requestId\":\"R\"");
    }

    @Test
    void every_view_of_a_record_is_written_to_the_access_log() throws Exception {
        long id = create(dana());
        mvc.perform(get("/api/v1/applicants/" + id).with(ADVISOR)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/applicants/" + id + "/assessment").with(ADVISOR)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/applicants/" + id + "/history").with(ADVISOR)).andExpect(status().isOk());

        assertThat(AsUser.call(userDetails, "admin@demo.example", () -> accessLog.ofApplicant(id)))
                .extracting(AccessLog.Entry::action)
                .containsExactly("VIEW_PROFILE", "VIEW_ASSESSMENT", "VIEW_HISTORY");
    }

    @Test
    void the_history_says_who_changed_which_field_and_keeps_cycle_snapshots() throws Exception {
        ApplicantProfile p = dana().toBuilder().cycle(new Cycle(2026, CycleOutcome.UNMATCHED,
                List.of(new SpecialtyApplication(Specialty.MED_PEDS, 35, 1)))).build();
        long id = create(p);
        mvc.perform(post("/api/v1/applicants/" + id + "/cycles/2027/submit").with(ADVISOR))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.kind").value("SUBMITTED"))
                .andExpect(jsonPath("$.ruleSetVersion").value(1))
                .andExpect(jsonPath("$.comparison.lastUnmatchedMatchYear").value(2026));
        ApplicantProfile current = profiles.read(json.readTree(mvc.perform(get("/api/v1/applicants/" + id).with(ADVISOR))
                .andReturn().getResponse().getContentAsString())) instanceof org.matchwise.profile.json.ProfileRead.Valid v
                ? v.profile() : null;
        putProfile(id, current.toBuilder().email("new.address@example.org").build(), etagOf(id, ADVISOR), ADVISOR)
                .andExpect(status().isOk());

        mvc.perform(get("/api/v1/applicants/" + id + "/history").with(ADVISOR))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.changes[?(@.item == 'applicant' && @.kind == 'CHANGED')].changes[*]")
                        .value(hasItem(org.hamcrest.Matchers.containsString("email: " + p.email() + " -> new.address@example.org"))))
                .andExpect(jsonPath("$.changes[?(@.item == 'applicant')].userName").value(hasItem("Alex Advisor")))
                .andExpect(jsonPath("$.snapshots[0].kind").value("SUBMITTED"))
                .andExpect(jsonPath("$.sinceLastUnmatchedCycle.lastUnmatchedMatchYear").value(2026));
        mvc.perform(get("/api/v1/applicants/" + id + "/history").with(APPLICANT)).andExpect(status().isForbidden());
    }
}
