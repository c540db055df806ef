package org.matchwise.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.output.ValidateResult;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.matchwise.testing.PostgresDatabase;
import org.matchwise.testing.RequiresPostgres;

/**
 * Issue 15 item 5: a database created by the previous release migrates to this one, and its history still
 * validates (docs/migrations.md).
 * <p>
 * The previous release is the one whose last migration is {@link #RELEASED}: its migrations are listed with
 * Flyway's own checksums per database in {@code db/released-migrations-<vendor>.txt}. A released migration may never change (a
 * changed checksum fails every installed database's validation) and never disappear; the test first builds a
 * database as that release did (migrations up to {@link #RELEASED} only), then runs today's migrations on it
 * (out of order, as the application does) and validates the whole history, on the embedded database and on
 * PostgreSQL.
 */
class MigrationHistoryTest {

    /** The last migration of the previous release (0.1, before timestamp versions). */
    static final MigrationVersion RELEASED = MigrationVersion.fromVersion("89");

    @Test
    void released_migrations_are_unchanged_on_the_embedded_database() throws IOException {
        assertReleasedUnchanged(h2("checksums"));
    }

    @Test
    void a_database_of_the_previous_release_migrates_and_validates_on_the_embedded_database() {
        upgradeFromPreviousRelease(h2("upgrade"));
    }

    @Nested
    @RequiresPostgres
    class OnPostgresql {

        @Test
        void released_migrations_are_unchanged() throws IOException {
            PostgresDatabase.Info db = PostgresDatabase.fresh();
            assertReleasedUnchanged(new String[] {db.url(), db.username(), db.password()});
        }

        @Test
        void a_database_of_the_previous_release_migrates_and_validates() {
            PostgresDatabase.Info db = PostgresDatabase.fresh();
            upgradeFromPreviousRelease(new String[] {db.url(), db.username(), db.password()});
        }
    }

    /** The released migrations Flyway resolves for this database's vendor, against the list kept per vendor. */
    private static void assertReleasedUnchanged(String[] db) throws IOException {
        Flyway flyway = flyway(db, null);
        String today = Arrays.stream(flyway.info().all())
                .filter(m -> m.getVersion() != null && m.getVersion().compareTo(RELEASED) <= 0)
                .map(MigrationHistoryTest::line)
                .collect(Collectors.joining("\n"));
        assertThat(today)
                .as("a migration of an earlier release was edited, renamed or removed; add a new migration instead."
                        + " Today's list for %s:%n%s", vendor(db), today)
                .isEqualTo(released(vendor(db)));
    }

    private static void upgradeFromPreviousRelease(String[] db) {
        Flyway previous = flyway(db, RELEASED);
        previous.migrate();
        assertThat(previous.info().current().getVersion()).isEqualTo(RELEASED);

        Flyway today = flyway(db, null);
        var result = today.migrate();
        assertThat(result.success).isTrue();
        assertThat(result.migrationsExecuted).as("today's migrations apply on the previous release's database")
                .isPositive();
        ValidateResult validation = today.validateWithResult();
        assertThat(validation.validationSuccessful).as("history validates: %s", validation.getAllErrorMessages())
                .isTrue();
        List<MigrationInfo> pending = Arrays.asList(today.info().pending());
        assertThat(pending).isEmpty();
    }

    private static String line(MigrationInfo m) {
        return m.getVersion() + " " + m.getChecksum() + " " + m.getDescription();
    }

    private static String released(String vendor) throws IOException {
        try (InputStream in = MigrationHistoryTest.class.getResourceAsStream(
                "/db/released-migrations-" + vendor + ".txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).collect(Collectors.joining("\n"));
        }
    }

    private static String vendor(String[] db) {
        return db[0].startsWith("jdbc:h2") ? "h2" : "postgresql";
    }

    private static String[] h2(String name) {
        return new String[] {"jdbc:h2:mem:mig-" + name + "-" + System.nanoTime()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa", ""};
    }

    /** Flyway as the application configures it (spring.flyway.* in web-ui's application.properties). */
    private static Flyway flyway(String[] db, MigrationVersion target) {
        var config = Flyway.configure().dataSource(db[0], db[1], db[2])
                .locations("classpath:db/migration", "classpath:db/vendor/" + vendor(db))
                .outOfOrder(true);
        if (target != null) {
            config.target(target);
        }
        return config.load();
    }
}
