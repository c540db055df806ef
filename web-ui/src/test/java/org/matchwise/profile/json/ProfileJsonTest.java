package org.matchwise.profile.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.matchwise.applicant.ApplicantProfile;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class ProfileJsonTest {

    final ProfileJson json = new ProfileJson();
    final JsonMapper mapper = JsonMapper.builder().build();

    private JsonNode exampleProfile(String file) throws Exception {
        return mapper.readTree(Files.readString(Path.of("src/test/resources/examples", file))).get("profile");
    }

    @Test
    void writing_a_read_profile_and_reading_it_again_gives_the_same_profile() throws Exception {
        for (String file : new String[] {"01-med-peds-step1-retake.json", "02-peds-observerships-late-step2.json",
            "03-radiology-professionalism.json"}) {
            ApplicantProfile first = ((ProfileRead.Valid) json.read(exampleProfile(file))).profile();

            ApplicantProfile second = ((ProfileRead.Valid) json.read(json.write(first))).profile();

            assertThat(second).as(file).isEqualTo(first);
        }
    }

    @Test
    void optional_extensions_of_domain_md_round_trip() throws Exception {
        ObjectNode profile = (ObjectNode) exampleProfile("01-med-peds-step1-retake.json");
        ((ObjectNode) profile.get("clinicalExperiences").get(0)).put("supervisor", "Dr. Okafor");
        ((ObjectNode) profile.get("letters").get(0)).put("dueDate", "2026-07-01").put("linkedExperience", 0);
        profile.putArray("cycles").addObject().put("matchYear", 2026).put("outcome", "UNMATCHED")
                .put("feedback", "apply wider").putArray("specialties").addObject().put("specialty", "MED_PEDS")
                .put("programsApplied", 35).put("interviews", 1).putObject("programsPerTier").put("REACH", 5)
                .put("TARGET", 20).put("SAFETY", 10);

        ApplicantProfile read = ((ProfileRead.Valid) json.read(profile)).profile();

        assertThat(read.clinicalExperiences().get(0).supervisor()).isEqualTo("Dr. Okafor");
        assertThat(read.letters().get(0).linkedExperience()).isZero();
        assertThat(read.cycles().get(0).specialties().get(0).programsPerTier()).hasSize(3);
        assertThat(((ProfileRead.Valid) json.read(json.write(read))).profile()).isEqualTo(read);
    }

    @Test
    void a_letter_linked_to_a_missing_experience_is_reported() throws Exception {
        ObjectNode profile = (ObjectNode) exampleProfile("01-med-peds-step1-retake.json");
        ((ObjectNode) profile.get("letters").get(1)).put("linkedExperience", 7);

        ProfileRead read = json.read(profile);

        assertThat(((ProfileRead.Invalid) read).problems())
                .containsExactly(new FieldProblem("letters[1].linkedExperience",
                        "points at clinicalExperiences[7], which does not exist"));
    }

    @Test
    void an_entry_that_ends_before_it_starts_is_kept_for_r17_not_rejected() throws Exception {
        ObjectNode profile = (ObjectNode) exampleProfile("01-med-peds-step1-retake.json");
        ((ObjectNode) profile.get("timeline").get(1)).put("end", "2020-01-01");

        assertThat(json.read(profile)).isInstanceOf(ProfileRead.Valid.class);
    }

    @Test
    void a_leave_reason_on_a_non_leave_entry_is_reported() throws Exception {
        ObjectNode profile = (ObjectNode) exampleProfile("01-med-peds-step1-retake.json");
        ((ObjectNode) profile.get("timeline").get(0)).put("reason", "HEALTH");

        assertThat(((ProfileRead.Invalid) json.read(profile)).problems())
                .extracting(FieldProblem::path).containsExactly("timeline[0].reason");
    }

    @Test
    void wrong_types_inside_lists_are_reported_with_their_index() throws Exception {
        ObjectNode profile = (ObjectNode) exampleProfile("02-peds-observerships-late-step2.json");
        profile.putArray("targetSpecialties").add("PEDIATRICS").add("CARDIOLOGY");
        ((ObjectNode) profile.get("clinicalExperiences").get(1)).put("us", "yes");
        ((ObjectNode) profile.get("exams").get(0)).put("date", 20230314);

        assertThat(((ProfileRead.Invalid) json.read(profile)).problems()).extracting(FieldProblem::path)
                .containsExactlyInAnyOrder("targetSpecialties[1]", "clinicalExperiences[1].us", "exams[0].date");
    }
}
