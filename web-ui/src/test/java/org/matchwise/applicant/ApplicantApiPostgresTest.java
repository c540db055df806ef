package org.matchwise.applicant;

import org.matchwise.testing.PostgresDatabase;
import org.matchwise.testing.RequiresPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same API rules on real PostgreSQL: migrations, row locks, Envers history and tenant isolation. */
@RequiresPostgres
class ApplicantApiPostgresTest extends ApplicantApiTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        PostgresDatabase.register(registry);
    }
}
