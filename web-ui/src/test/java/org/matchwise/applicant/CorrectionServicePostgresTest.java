package org.matchwise.applicant;

import org.matchwise.testing.PostgresDatabase;
import org.matchwise.testing.RequiresPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same records rules on real PostgreSQL: the refusals, the requests, the queue's native query, the history. */
@RequiresPostgres
class CorrectionServicePostgresTest extends CorrectionServiceTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        PostgresDatabase.register(registry);
    }
}
