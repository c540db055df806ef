package org.matchwise.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.matchwise.AsUser;
import org.matchwise.MatchwiseTest;
import org.matchwise.applicant.ApplicantService;
import org.matchwise.audit.persistence.AccessLogRepository;
import org.matchwise.casefile.CaseFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The access log is append-only (issue 11): the application's own database connection, the one every service uses,
 * cannot UPDATE or DELETE a row, neither by SQL nor through JPA; a row stays exactly as written.
 */
@MatchwiseTest
class AccessLogAppendOnlyTest {

    @Autowired JdbcTemplate jdbc;
    @Autowired AccessLogRepository repository;
    @Autowired ApplicantService applicants;
    @Autowired UserDetailsService accounts;
    @Autowired TransactionTemplate tx;

    long rowId;
    Map<String, Object> written;

    @BeforeEach
    void aRead() {
        // an applicant of its own: the test must not depend on what classes before it in this JVM created
        long applicantId = AsUser.call(accounts, "advisor@demo.example",
                () -> CaseFixtures.create(applicants, CaseFixtures.dana("Append", "Only")));
        AsUser.call(accounts, "advisor@demo.example", () -> applicants.get(applicantId));
        rowId = jdbc.queryForObject("SELECT MAX(id) FROM access_log WHERE applicant_id = ?", Long.class, applicantId);
        written = jdbc.queryForMap("SELECT * FROM access_log WHERE id = ?", rowId);
    }

    /** The database's own refusal, not some other error: its message names the rule. */
    static void refusedAsAppendOnly(Throwable e) {
        assertThat(((DataAccessException) e).getMostSpecificCause().getMessage()).contains("access_log is append-only");
    }

    @Test
    void the_application_cannot_update_a_row_of_the_access_log() {
        assertThatThrownBy(() -> jdbc.update("UPDATE access_log SET user_id = user_id + 1, action = 'NOTHING' WHERE id = ?",
                rowId)).isInstanceOf(DataAccessException.class).satisfies(AccessLogAppendOnlyTest::refusedAsAppendOnly);

        assertThat(jdbc.queryForMap("SELECT * FROM access_log WHERE id = ?", rowId)).isEqualTo(written);
    }

    @Test
    void the_application_cannot_delete_a_row_of_the_access_log() {
        assertThatThrownBy(() -> jdbc.update("DELETE FROM access_log WHERE id = ?", rowId))
                .isInstanceOf(DataAccessException.class).satisfies(AccessLogAppendOnlyTest::refusedAsAppendOnly);
        assertThatThrownBy(() -> jdbc.update("DELETE FROM access_log")).isInstanceOf(DataAccessException.class);

        assertThat(jdbc.queryForMap("SELECT * FROM access_log WHERE id = ?", rowId)).isEqualTo(written);
    }

    @Test
    void deleting_a_row_through_jpa_is_refused_as_well() {
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> {
            repository.deleteById(rowId);
            repository.flush();
        })).isInstanceOf(DataAccessException.class);

        assertThat(repository.findById(rowId)).isPresent();
    }
}
