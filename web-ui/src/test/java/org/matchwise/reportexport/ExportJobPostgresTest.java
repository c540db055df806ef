package org.matchwise.reportexport;

import org.matchwise.testing.PostgresDatabase;
import org.matchwise.testing.RequiresPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The cohort export on real PostgreSQL: V70 with db-scheduler's table, the scheduler's picking, the job's scope. */
@RequiresPostgres
class ExportJobPostgresTest extends ExportJobTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        PostgresDatabase.register(registry);
    }
}
