package org.matchwise.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.matchwise.testing.PostgresDatabase;
import org.matchwise.testing.RequiresPostgres;

/**
 * The access log names schools, readers and applicants by id only (V2026_12_04_1830): no foreign key makes a logged
 * read lock the school's row, on the embedded database and on PostgreSQL; the school's own keys stay.
 */
class AccessLogKeysTest {

    @Test
    void the_access_log_has_no_foreign_key_on_the_embedded_database() throws SQLException {
        assertNoKeys("jdbc:h2:mem:keys-" + System.nanoTime()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa", "", "h2");
    }

    @Nested
    @RequiresPostgres
    class OnPostgresql {

        @Test
        void the_access_log_has_no_foreign_key() throws SQLException {
            PostgresDatabase.Info db = PostgresDatabase.fresh();
            assertNoKeys(db.url(), db.username(), db.password(), "postgresql");
        }
    }

    private static void assertNoKeys(String url, String user, String password, String vendor) throws SQLException {
        Flyway.configure().dataSource(url, user, password)
                .locations("classpath:db/migration", "classpath:db/vendor/" + vendor).outOfOrder(true).load().migrate();
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            assertThat(importedKeys(c, "access_log")).isEmpty();
            assertThat(importedKeys(c, "entry_request")).as("other tables keep theirs").contains("school_id");
        }
    }

    private static List<String> importedKeys(Connection c, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (ResultSet rs = c.getMetaData().getImportedKeys(c.getCatalog(), c.getSchema(), table)) {
            while (rs.next()) {
                columns.add(rs.getString("FKCOLUMN_NAME").toLowerCase(java.util.Locale.ROOT));
            }
        }
        return columns;
    }
}
