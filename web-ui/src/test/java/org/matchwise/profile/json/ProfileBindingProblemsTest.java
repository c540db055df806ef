package org.matchwise.profile.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.matchwise.applicant.ApplicantProfile;
import org.matchwise.base.api.Limits;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Data binding reports every problem of a body in one answer, each once, with its path and the contract's words. */
class ProfileBindingProblemsTest {

    final ProfileJson json = new ProfileJson();
    final JsonMapper mapper = JsonMapper.builder().build();

    private ObjectNode example() throws Exception {
        return (ObjectNode) mapper.readTree(Files.readString(Path.of("src/test/resources/examples",
                "01-med-peds-step1-retake.json"))).get("profile");
    }

    private List<FieldProblem> problems(JsonNode profile) {
        return ((ProfileRead.Invalid) json.read(profile)).problems();
    }

    @Test
    void a_body_with_a_problem_in_every_kind_of_field_lists_each_once_with_its_path_and_reason() throws Exception {
        ObjectNode p = example();
        p.put("favouriteColour", "blue");                                       // unknown field
        p.remove("externalId");                                                 // required, absent
        p.put("email", 42);                                                     // not a string
        p.put("applicantType", "MARTIAN");                                      // not a constant
        p.put("visa", 3);                                                       // a number for an enum
        p.put("matriculationDate", "15/08/2016");                               // not YYYY-MM-DD
        p.put("graduationDate", "2021-02-30");                                  // not a real date
        p.put("matchYear", "2027");                                             // text for a number
        p.put("targetSpecialties", "MED_PEDS");                                 // not an array
        p.put("medicalSchool", "Example University");                           // not an object
        ((ObjectNode) p.get("name")).put("middle", "Q").put("given", "   ");    // unknown nested field, blank text
        ((ObjectNode) p.get("exams").get(0)).put("score", 1.5);                 // a fraction
        ((ObjectNode) p.get("exams").get(1)).remove("outcome");                 // required, absent in a list entry
        ((ArrayNode) p.get("exams")).addNull();                                 // a null entry
        ((ObjectNode) p.get("clinicalExperiences").get(0)).put("us", "yes");    // not a boolean
        ((ObjectNode) p.get("letters").get(0)).putArray("strength");            // an array for an enum

        assertThat(problems(p)).containsExactlyInAnyOrder(
                new FieldProblem("favouriteColour", "is not a known field"),
                new FieldProblem("externalId", "is required"),
                new FieldProblem("email", "must be a string"),
                new FieldProblem("applicantType", "must be one of US_MD, US_DO, US_IMG, NON_US_IMG, was \"MARTIAN\""),
                new FieldProblem("visa", "must be one of NONE, J1, H1B"),
                new FieldProblem("matriculationDate", "must be a date written YYYY-MM-DD, was \"15/08/2016\""),
                new FieldProblem("graduationDate", "is not a real date: \"2021-02-30\""),
                new FieldProblem("matchYear", "must be a whole number"),
                new FieldProblem("targetSpecialties", "must be a JSON array"),
                new FieldProblem("medicalSchool", "must be a JSON object"),
                new FieldProblem("name.middle", "is not a known field"),
                new FieldProblem("name.given", "must not be empty"),
                new FieldProblem("exams[0].score", "must be a whole number"),
                new FieldProblem("exams[1].outcome", "is required"),
                new FieldProblem("exams[3]", "must be a JSON object"),
                new FieldProblem("clinicalExperiences[0].us", "must be true or false"),
                new FieldProblem("letters[0].strength", "must be one of STRONG, STANDARD, GENERIC, CONCERN"));
    }

    @Test
    void problems_keep_the_path_of_the_request_they_are_found_in() throws Exception {
        ObjectNode p = example();
        ((ObjectNode) p.get("exams").get(2)).put("outcome", "PASSED");
        p.putArray("cycles").addObject().put("matchYear", 1900).put("outcome", "UNMATCHED").putArray("specialties")
                .addObject().put("specialty", "MED_PEDS").put("programsApplied", -1).putObject("programsPerTier")
                .put("REACH", 5).put("MIDDLE", 2);

        assertThat(((ProfileRead.Invalid) json.read(p, "[3]")).problems()).containsExactlyInAnyOrder(
                new FieldProblem("[3].exams[2].outcome", "must be one of PASS, FAIL, SCHEDULED, was \"PASSED\""),
                new FieldProblem("[3].cycles[0].matchYear", "must be between 1950 and 2100, was 1900"),
                new FieldProblem("[3].cycles[0].specialties[0].programsApplied", "must be between 0 and 10000, was -1"),
                new FieldProblem("[3].cycles[0].specialties[0].programsPerTier.MIDDLE", "is not a known field"));
    }

    @Test
    void a_text_longer_than_its_column_and_no_email_is_one_problem_naming_the_length() throws Exception {
        ObjectNode p = example();
        p.put("email", "x".repeat(400));

        assertThat(problems(p)).containsExactly(
                new FieldProblem("email", "is 400 characters long; at most 320 are allowed"));
    }

    @Test
    void a_list_over_the_limit_is_one_problem_and_its_entries_are_not_judged() throws Exception {
        ProfileJson small = new ProfileJson(new Limits(DataSize.ofMegabytes(2), DataSize.ofMegabytes(10), 2, 10));
        ObjectNode p = example();
        ArrayNode exams = p.putArray("exams");
        for (int i = 0; i < 3; i++) {
            exams.addObject().put("exam", "USMLE_STEP9");
        }

        assertThat(((ProfileRead.Invalid) small.read(p)).problems()).containsExactly(
                new FieldProblem("exams", "has 3 entries; at most 2 are allowed (matchwise.limits.profile-list)"));
    }

    @Test
    void a_body_that_is_not_an_object_is_one_problem_at_the_root() throws Exception {
        assertThat(problems(mapper.readTree("[1, 2]"))).containsExactly(new FieldProblem("$", "must be a JSON object"));
        assertThat(((ProfileRead.Invalid) json.read(mapper.readTree("\"x\""), "profile")).problems())
                .containsExactly(new FieldProblem("profile", "must be a JSON object"));
    }

    @Test
    void texts_are_trimmed_and_an_empty_optional_text_is_absent() throws Exception {
        ObjectNode p = example();
        ((ObjectNode) p.get("name")).put("given", "  Dana ");
        ((ObjectNode) p.get("medicalSchool")).put("country", "  ");

        ApplicantProfile read = ((ProfileRead.Valid) json.read(p)).profile();

        assertThat(read.name().given()).isEqualTo("Dana");
        assertThat(read.medicalSchool().country()).isNull();
    }

    @Test
    void an_empty_string_where_an_object_belongs_reads_as_absent_and_the_others_are_still_listed() throws Exception {
        ObjectNode p = example();
        p.put("name", "");
        p.put("matchYear", "2027");
        p.put("favouriteColour", "blue");

        assertThat(problems(p)).containsExactlyInAnyOrder(
                new FieldProblem("name", "is required"),
                new FieldProblem("matchYear", "must be a whole number"),
                new FieldProblem("favouriteColour", "is not a known field"));
    }

    @Test
    void what_is_written_is_read_back_by_the_same_binding_with_absent_values_left_out() throws Exception {
        ApplicantProfile read = ((ProfileRead.Valid) json.read(example())).profile();

        JsonNode written = json.write(read);

        assertThat(written.get("exams").get(0).has("score")).isFalse();
        assertThat(written.get("matriculationDate").stringValue()).isEqualTo("2016-08-15");
        assertThat(List.copyOf(written.propertyNames())).startsWith("externalId", "name", "email", "applicantType", "visa");
        assertThat(((ProfileRead.Valid) json.read(written)).profile()).isEqualTo(read);
    }
}
