package org.matchwise.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.matchwise.MatchwiseTest;
import org.matchwise.applicant.ApplicantService;
import org.matchwise.demo.DemoCohort;
import org.matchwise.profile.json.ProfileJson;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;

@MatchwiseTest
class DemoCohortImportTest {

    private static final String ADMIN = "admin@demo.example";

    @Autowired
    ImportService imports;
    @Autowired
    ApplicantService applicants;
    @Autowired
    ProfileJson profiles;
    @Autowired
    ObjectMapper mapper;
    @Autowired
    UserDetailsService accounts;

    private ImportReport importCohort(boolean dryRun) {
        ArrayNode array = mapper.createArrayNode();
        DemoCohort.applicants().forEach(a -> array.add(profiles.write(a.profile())));
        byte[] json = mapper.writeValueAsString(array).getBytes(StandardCharsets.UTF_8);
        return AsUser.call(accounts, ADMIN, () -> imports.importFile(ImportFormat.JSON, json, dryRun, DemoCohort.ADVISOR));
    }

    @Test
    void the_whole_demo_cohort_imports_as_json_and_a_second_import_of_full_records_leaves_every_one_unchanged() {
        ImportReport first = importCohort(false);
        ImportReport again = importCohort(false);

        assertThat(first.problems()).isEmpty();
        assertThat(first.created()).isEqualTo(60);
        assertThat(again.created()).isZero();
        assertThat(again.updated()).isZero();
        assertThat(again.unchanged()).isEqualTo(60);
        assertThat(AsUser.call(accounts, ADMIN, () -> applicants.findByExternalId(DemoCohort.DEMO_APPLICANT_ID)))
                .get().satisfies(r -> assertThat(r.profile()).isEqualTo(DemoCohort.applicants().get(0).profile()));
    }
}
