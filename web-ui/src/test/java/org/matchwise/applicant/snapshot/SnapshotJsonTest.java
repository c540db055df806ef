package org.matchwise.applicant.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.matchwise.applicant.ApplicantProfile;
import org.matchwise.applicant.snapshot.SnapshotJson.SnapshotRead;
import org.matchwise.profile.json.ProfileJson;
import org.matchwise.profile.json.ProfileRead;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Stored cycle snapshots have their own versioned format, and every earlier version stays readable. */
class SnapshotJsonTest {

    final JsonMapper mapper = JsonMapper.builder().build();

    private ObjectNode apiProfile() throws Exception {
        ObjectNode profile = (ObjectNode) mapper.readTree(Files.readString(Path.of("src/test/resources/examples",
                "01-med-peds-step1-retake.json"))).get("profile");
        return profile.put("matchYear", 2027);
    }

    private ApplicantProfile profile() throws Exception {
        return ((ProfileRead.Valid) new ProfileJson().read(apiProfile())).profile();
    }

    @Test
    void a_snapshot_is_written_with_its_format_version_and_read_back_the_same() throws Exception {
        ApplicantProfile profile = profile().toBuilder().cycle(new org.matchwise.applicant.Cycle(2026,
                org.matchwise.applicant.CycleOutcome.UNMATCHED, java.util.List.of(new org.matchwise.applicant
                        .SpecialtyApplication(org.matchwise.applicant.Specialty.MED_PEDS, 35, 1,
                        java.util.Map.of(org.matchwise.applicant.Tier.REACH, 5))), "apply wider")).build();

        String stored = SnapshotJson.write(profile);

        assertThat(mapper.readTree(stored).get("formatVersion").intValue()).isEqualTo(2);
        assertThat(SnapshotJson.read(stored)).isEqualTo(new SnapshotRead.Read(2, profile));
    }

    @Test
    void an_old_snapshot_stored_in_the_api_format_is_read_as_format_version_1() throws Exception {
        // as ApplicantService stored snapshots before the format had a version: ProfileJson.write(profile).toString()
        String old = """
                {"externalId":"EX-01","name":{"given":"Dana","family":"Reyes"},"email":"dana.reyes@example.org",
                 "applicantType":"US_IMG","visa":"NONE","medicalSchool":{"name":"Example University School of Medicine",
                 "country":"GD"},"matriculationDate":"2016-08-15","graduationDate":"2021-05-30",
                 "targetSpecialties":["MED_PEDS","INTERNAL_MEDICINE"],"matchYear":2027,
                 "exams":[{"exam":"USMLE_STEP1","date":"2019-06-10","outcome":"FAIL"},
                          {"exam":"USMLE_STEP2_CK","date":"2020-09-01","outcome":"PASS","score":237}],
                 "practiceAssessments":[],"clinicalExperiences":[],"letters":[],
                 "timeline":[{"kind":"LEAVE_OF_ABSENCE","reason":"HEALTH","start":"2018-01-01","end":"2018-06-30",
                              "fullTime":false}],
                 "academicEvents":[],"professionalismEvents":[],
                 "cycles":[{"matchYear":2026,"outcome":"UNMATCHED","specialties":[{"specialty":"MED_PEDS",
                            "programsApplied":35,"interviews":1,"programsPerTier":{"REACH":5}}],"feedback":"apply wider"}]}
                """;

        SnapshotRead read = SnapshotJson.read(old);

        assertThat(read).isInstanceOf(SnapshotRead.Read.class);
        ApplicantProfile profile = ((SnapshotRead.Read) read).profile();
        assertThat(((SnapshotRead.Read) read).formatVersion()).isEqualTo(1);
        assertThat(profile.externalId()).isEqualTo("EX-01");
        assertThat(profile.exams()).hasSize(2);
        assertThat(profile.exams().get(1).score()).isEqualTo(237);
        assertThat(profile.cycles().get(0).specialties().get(0).programsPerTier()).hasSize(1);
        assertThat(profile.timeline().get(0).reason()).isNotNull();
    }

    @Test
    void an_old_snapshot_longer_than_todays_api_limit_is_still_read() throws Exception {
        ObjectNode old = apiProfile();
        ArrayNode exams = old.putArray("exams");
        for (int i = 0; i < 150; i++) {
            exams.addObject().put("exam", "USMLE_STEP1").put("date", "2019-06-10").put("outcome", "FAIL");
        }

        assertThat(new ProfileJson().read(old)).isInstanceOf(ProfileRead.Invalid.class);
        assertThat(SnapshotJson.read(old.toString())).isInstanceOfSatisfying(SnapshotRead.Read.class,
                r -> assertThat(r.profile().exams()).hasSize(150));
    }

    @Test
    void a_snapshot_that_cannot_be_read_says_why() throws Exception {
        assertThat(SnapshotJson.read("{\"formatVersion\": 9, \"profile\": {}}")).isEqualTo(
                new SnapshotRead.Unreadable("format version 9 is not one this build reads (1 to 2)"));
        assertThat(SnapshotJson.read("{not json")).isInstanceOfSatisfying(SnapshotRead.Unreadable.class,
                u -> assertThat(u.reason()).startsWith("not JSON"));
        assertThat(SnapshotJson.read("{\"externalId\": \"X\"}")).isInstanceOfSatisfying(SnapshotRead.Unreadable.class,
                u -> assertThat(u.reason()).startsWith("format version 1").contains("applicantType is required"));
        assertThat(SnapshotJson.read("{\"formatVersion\": 2, \"profile\": {\"externalId\": \"X\"}}"))
                .isInstanceOfSatisfying(SnapshotRead.Unreadable.class,
                        u -> assertThat(u.reason()).startsWith("format version 2: "));
    }
}
