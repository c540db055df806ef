package org.matchwise.migration;

import static org.assertj.core.api.Assertions.assertThatCode;

import java.sql.Connection;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;

/**
 * The embedded default's schema has CHECK constraints of the form {@code role IN ('ADMIN', ...)}, created by Flyway
 * on one pooled connection. H2 2.4.240 tied such a constraint to the session that created it: once that connection
 * closed (Hikari retires connections after 30 minutes), every insert failed with "Check constraint invalid". The
 * root pom pins an H2 without that bug; this test fails on one that has it.
 */
class H2CheckConstraintTest {

    @Test
    void a_check_constraint_still_works_after_the_connection_that_created_it_closed() throws Exception {
        String url = "jdbc:h2:mem:check-" + System.nanoTime()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";
        try (Connection keepOpen = DriverManager.getConnection(url)) {
            try (Connection creator = DriverManager.getConnection(url)) {
                creator.createStatement().execute("CREATE TABLE u (id INT, role VARCHAR(20),"
                        + " CONSTRAINT ck_u_role CHECK (role IN ('ADMIN', 'ADVISOR', 'APPLICANT')))");
            }
            try (Connection later = DriverManager.getConnection(url)) {
                assertThatCode(() -> later.createStatement().execute("INSERT INTO u VALUES (1, 'ADMIN')"))
                        .doesNotThrowAnyException();
            }
        }
    }
}
