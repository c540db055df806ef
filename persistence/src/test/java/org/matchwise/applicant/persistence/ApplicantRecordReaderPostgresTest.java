package org.matchwise.applicant.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.matchwise.account.Role;
import org.matchwise.applicant.persistence.ApplicantRecordReader.StoredRecord;
import org.matchwise.audit.persistence.ReadLogRow;
import org.matchwise.security.persistence.UserEntity;
import org.matchwise.testing.PostgresDatabase;
import org.matchwise.testing.Profiles;
import org.matchwise.testing.RequiresPostgres;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The one-statement read of a record on real PostgreSQL, whose UNION typing is stricter than H2's; and the read that
 * writes its own access-log row in the same statement ({@link ApplicantRecordReader#findAndLog}, PostgreSQL only).
 */
@RequiresPostgres
class ApplicantRecordReaderPostgresTest extends ApplicantRecordReaderTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        PostgresDatabase.register(registry);
    }

    @Autowired JdbcTemplate jdbc;

    private final Instant at = Instant.parse("2026-05-15T10:00:00Z");

    private ReadLogRow by(long userId, boolean linkedUserOnly) {
        return new ReadLogRow(userId, linkedUserOnly, "VIEW_PROFILE", at, "192.0.2.7", "reader-test/1.0");
    }

    private long logRows(long applicantId) {
        return jdbc.queryForObject("SELECT count(*) FROM access_log WHERE applicant_id = ?", Long.class, applicantId);
    }

    @Test
    void the_read_that_logs_reads_what_the_plain_read_reads_and_writes_one_row_of_the_reader() {
        long id = storeFor(applicantUser());
        StoredRecord plain = reader.find(id, schoolId()).orElseThrow();

        StoredRecord logged = reader.findAndLog(id, schoolId(), by(advisor(), false)).orElseThrow();

        assertThat(logged).isEqualTo(plain);
        Map<String, Object> row = jdbc.queryForMap("SELECT school_id, user_id, action, accessed_at, client_ip,"
                + " user_agent, detail FROM access_log WHERE applicant_id = ?", id);
        assertThat(row).containsEntry("school_id", schoolId()).containsEntry("user_id", advisor())
                .containsEntry("action", "VIEW_PROFILE").containsEntry("client_ip", "192.0.2.7")
                .containsEntry("user_agent", "reader-test/1.0").containsEntry("detail", null);
        assertThat(((Timestamp) row.get("accessed_at")).toInstant()).isEqualTo(at);
    }

    @Test
    void the_read_that_logs_writes_no_row_for_a_record_the_reader_may_not_reach() {
        long linked = applicantUser();
        long id = storeFor(linked);
        long otherApplicant = users.save(new UserEntity(schoolId(), UUID.randomUUID() + "@example.org",
                "Other Applicant", Role.APPLICANT, at)).getId();
        long otherSchool = schools.save(new org.matchwise.school.persistence.SchoolEntity("Other " + UUID.randomUUID(),
                at)).getId();

        assertThat(reader.findAndLog(id, otherSchool, by(advisor(), false))).isEmpty();
        assertThat(reader.findAndLog(Long.MAX_VALUE, schoolId(), by(advisor(), false))).isEmpty();
        // another applicant's record is read (the caller refuses it: ApplicantAccess) but logs nothing
        assertThat(reader.findAndLog(id, schoolId(), by(otherApplicant, true))).isPresent();
        assertThat(logRows(id)).isZero();

        assertThat(reader.findAndLog(id, schoolId(), by(linked, true))).isPresent();
        assertThat(logRows(id)).isOne();
    }

    private long storeFor(long linkedUser) {
        return storeLinked(Profiles.everyFieldSet().externalId("LOG-" + UUID.randomUUID()).build(), linkedUser);
    }
}
