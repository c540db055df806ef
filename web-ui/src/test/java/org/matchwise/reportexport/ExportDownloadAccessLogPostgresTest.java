package org.matchwise.reportexport;

import org.matchwise.testing.PostgresDatabase;
import org.matchwise.testing.RequiresPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The same on real PostgreSQL, where the download's service method runs in a READ ONLY transaction: the rows are
 * written in a transaction of their own, in one batch.
 */
@RequiresPostgres
class ExportDownloadAccessLogPostgresTest extends ExportDownloadAccessLogTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        PostgresDatabase.register(registry);
    }
}
