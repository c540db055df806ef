package org.matchwise.dashboard.ui;

import org.matchwise.testing.PostgresDatabase;
import org.matchwise.testing.RequiresPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same panel on real PostgreSQL: the native query over the entry tables and their history. */
@RequiresPostgres
class AwaitingVerificationPostgresTest extends AwaitingVerificationTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        PostgresDatabase.register(registry);
    }
}
