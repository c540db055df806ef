package org.matchwise.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.matchwise.MatchwiseProperties;
import org.matchwise.MatchwiseOwnContextTest;
import org.matchwise.applicant.ApplicantService;
import org.matchwise.applicant.ApplicantViews.ApplicantRecord;
import org.matchwise.imports.ImportReport;
import org.matchwise.imports.ImportService;
import org.matchwise.profile.json.ProfileJson;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import tools.jackson.databind.ObjectMapper;

/**
 * The loader runs outside tests (profile "test" starts empty); here it is driven by hand. It runs in
 * {@link MatchwiseOwnContextTest}'s context, whose in-memory database the shared context's tests never see: they
 * link the demo applicant account to records of theirs.
 */
@MatchwiseOwnContextTest
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class) // the second test changes Dana's record
class DemoCohortLoaderTest {

    @Autowired
    MatchwiseProperties properties;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    ImportService imports;
    @Autowired
    ProfileJson profiles;
    @Autowired
    ObjectMapper mapper;
    @Autowired
    ApplicantService applicants;
    @Autowired
    org.matchwise.portal.PortalService portal;
    @Autowired
    java.time.Clock clock;

    private <T> T as(String email, Supplier<T> work) {
        return org.matchwise.AsUser.call(accounts, email, work);
    }

    @Test
    @org.junit.jupiter.api.Order(1)
    void the_demo_cohort_loads_through_the_json_import_links_dana_reyes_and_a_restart_changes_nothing() {
        DemoCohortLoader loader = new DemoCohortLoader(properties, accounts, imports, profiles, mapper, applicants, portal, clock);

        ImportReport first = loader.load("admin@demo.example");
        ImportReport restart = loader.load("admin@demo.example");

        assertThat(first.created() + first.unchanged()).isEqualTo(60);
        assertThat(restart.unchanged()).isEqualTo(60);
        assertThat(restart.created() + restart.updated()).isZero();
        Optional<ApplicantRecord> dana = as("admin@demo.example",
                () -> applicants.findByExternalId(DemoCohort.DEMO_APPLICANT_ID));
        assertThat(dana).get().satisfies(r -> assertThat(r.profile()).isEqualTo(DemoCohort.applicants().get(0).profile()));
        assertThat(as("applicant@demo.example", () -> applicants.myRecordId())).contains(dana.get().id());
    }

    @Test
    @org.junit.jupiter.api.Order(2)
    void after_the_first_load_the_demo_applicant_adds_an_externship_that_awaits_an_advisors_verification() {
        DemoCohortLoader loader = new DemoCohortLoader(properties, accounts, imports, profiles, mapper, applicants, portal, clock);
        loader.load("admin@demo.example");
        long before = as("admin@demo.example", () -> applicants.findByExternalId(DemoCohort.DEMO_APPLICANT_ID))
                .orElseThrow().profile().clinicalExperiences().size();

        assertThat(as("applicant@demo.example", loader::addEntryAsTheApplicant)).isTrue();

        ApplicantRecord dana = as("admin@demo.example", () -> applicants.findByExternalId(DemoCohort.DEMO_APPLICANT_ID))
                .orElseThrow();
        assertThat(dana.profile().clinicalExperiences()).hasSize((int) before + 1);
        assertThat(dana.unverified()).containsExactly("clinicalExperiences[" + before + "]");
    }
}
