package org.matchwise.audit;

import org.matchwise.testing.PostgresDatabase;
import org.matchwise.testing.RequiresPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same access-log rules on real PostgreSQL: rows written inside read-only transactions, the batch insert, paging. */
@RequiresPostgres
class AccessLogPostgresTest extends AccessLogTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        PostgresDatabase.register(registry);
    }
}
