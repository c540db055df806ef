package org.matchwise.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.matchwise.OnPostgres;
import org.springframework.dao.DataAccessException;

/**
 * The same rule on real PostgreSQL, where the trigger is PL/pgSQL and the test connects as a superuser (so no
 * privilege, only the trigger, stands in the way); TRUNCATE is refused there too.
 */
@OnPostgres
class AccessLogAppendOnlyPostgresTest extends AccessLogAppendOnlyTest {

    @Test
    void the_application_cannot_truncate_the_access_log() {
        long before = jdbc.queryForObject("SELECT COUNT(*) FROM access_log", Long.class);

        assertThatThrownBy(() -> jdbc.execute("TRUNCATE access_log")).isInstanceOf(DataAccessException.class)
                .satisfies(AccessLogAppendOnlyTest::refusedAsAppendOnly);

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM access_log", Long.class)).isEqualTo(before);
    }
}
