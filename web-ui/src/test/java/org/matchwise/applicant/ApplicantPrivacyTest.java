package org.matchwise.applicant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.matchwise.AsUser;
import org.matchwise.MatchwiseTest;
import org.matchwise.account.Role;
import org.matchwise.portal.PortalFixture;
import org.matchwise.security.AccountSetup;
import org.matchwise.testing.ExampleCases;
import org.matchwise.profile.json.ProfileJson;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** An applicant sees and changes only their own record, without its sensitive parts; advisors verify what they enter. */
@MatchwiseTest
class ApplicantPrivacyTest {

    static final RequestPostProcessor ADVISOR = httpBasic("advisor@demo.example", "demo-advisor");
    /**
     * An applicant account of this class's own in the demo school: the demo applicant's account may already be
     * linked to a record by a test class that ran earlier in the same JVM (an account links to one record).
     */
    static final String APPLICANT_EMAIL = "privacy.applicant@applicants.example";
    static final String APPLICANT_PASSWORD = "privacy-applicant-pw-31";
    static final RequestPostProcessor APPLICANT = httpBasic(APPLICANT_EMAIL, APPLICANT_PASSWORD);

    @Autowired MockMvc mvc;
    @Autowired ProfileJson profiles;
    @Autowired ApplicantService applicants;
    @Autowired UserDetailsService userDetails;
    @Autowired AccountSetup accounts;

    @BeforeEach
    void ownApplicantAccount() {
        if (!accounts.accountExists(APPLICANT_EMAIL)) {
            accounts.createSchoolWithAccounts(PortalFixture.SCHOOL, List.of(new AccountSetup.NewAccount(
                    APPLICANT_EMAIL, "Pia Privacy", Role.APPLICANT, APPLICANT_PASSWORD)));
        }
    }

    @Test
    void an_applicant_sees_their_record_without_sensitive_parts_and_what_they_enter_stays_unverified_until_an_advisor_verifies_it()
            throws Exception {
        ApplicantProfile p = ExampleCases.medPedsStep1Retake().profile().toBuilder().matchYear(2027)
                .externalId("PRIV-" + UUID.randomUUID())
                .timelineEntry(TimelineEntry.leave(LeaveReason.HEALTH, LocalDate.of(2018, 1, 1), LocalDate.of(2018, 6, 30)))
                .professionalismEvent(new ProfessionalismEvent(LocalDate.of(2019, 11, 1), "late arrivals", true, true))
                .build();
        long id = ((SaveResult.Saved) AsUser.call(userDetails, "advisor@demo.example", () -> applicants.create(p, "advisor@demo.example"))).id();
        assertThat(AsUser.call(userDetails, "admin@demo.example", () -> applicants.linkAccount(id, APPLICANT_EMAIL)))
                .isInstanceOf(SaveResult.Saved.class);

        String etag = mvc.perform(get("/api/v1/applicants/" + id).with(APPLICANT))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.professionalismEvents").isEmpty())
                .andExpect(jsonPath("$.timeline[2].kind").value("LEAVE_OF_ABSENCE"))
                .andExpect(jsonPath("$.timeline[2].reason").doesNotExist())
                .andReturn().getResponse().getHeader("ETag");
        mvc.perform(get("/api/v1/applicants/" + id + "/assessment").with(APPLICANT))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.flags[?(@.rule == 'R13')]").isEmpty());
        mvc.perform(get("/api/v1/applicants/" + id + "/assessment").with(ADVISOR))
                .andExpect(jsonPath("$.flags[?(@.rule == 'R13')]").isNotEmpty());

        ApplicantProfile seen = ((org.matchwise.profile.json.ProfileRead.Valid) profiles.read(tools.jackson.databind.json.JsonMapper
                .builder().build().readTree(mvc.perform(get("/api/v1/applicants/" + id).with(APPLICANT))
                        .andReturn().getResponse().getContentAsString()))).profile();
        ApplicantProfile edited = seen.toBuilder()
                .exam(ExamAttempt.scheduled(Exam.USMLE_STEP3, LocalDate.of(2026, 12, 1)))
                .email("tampered@example.org")
                .build();
        mvc.perform(put("/api/v1/applicants/" + id).with(APPLICANT).header("If-Match", etag)
                        .contentType(MediaType.APPLICATION_JSON).content(profiles.write(edited).toString()))
                .andExpect(status().isOk());

        ApplicantViews.ApplicantRecord stored = AsUser.call(userDetails, "advisor@demo.example", () -> applicants.get(id));
        assertThat(stored.profile().email()).as("identity stays the office's").isEqualTo(p.email());
        assertThat(stored.profile().professionalismEvents()).as("hidden parts survive the applicant's edit").hasSize(1);
        assertThat(stored.profile().timeline().get(2).reason()).isEqualTo(LeaveReason.HEALTH);
        assertThat(stored.unverified()).containsExactly("exams[3]");

        mvc.perform(post("/api/v1/applicants/" + id + "/verifications").with(ADVISOR)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"item\":\"exams[3]\"}"))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/applicants/" + id + "/verifications").with(APPLICANT)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"item\":\"exams[3]\"}"))
                .andExpect(status().isForbidden());
        assertThat(AsUser.call(userDetails, "advisor@demo.example", () -> applicants.get(id)).unverified()).isEmpty();
        assertThat(AsUser.call(userDetails, APPLICANT_EMAIL, () -> applicants.myRecordId())).contains(id);
        assertThat(AsUser.call(userDetails, APPLICANT_EMAIL, () -> applicants.overview(id)).activeFlags())
                .noneMatch(f -> f.category() == org.matchwise.flags.FlagCategory.PROFESSIONALISM);
    }

    @Test
    void the_openapi_document_describes_the_applicant_endpoints_to_a_signed_in_user() throws Exception {
        // signed out, the description is not public (matchwise.api.docs-public=false; SecurityHeadersTest)
        mvc.perform(get("/v3/api-docs").with(org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.user(userDetails.loadUserByUsername("advisor@demo.example"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/applicants/{id}']").exists());
    }

}
