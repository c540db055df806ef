package org.matchwise.worklist;

import org.matchwise.testing.PostgresDatabase;
import org.matchwise.testing.RequiresPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same worklist on real PostgreSQL: the JdbcClient text blocks, scope conditions and marks. */
@RequiresPostgres
class WorklistServicePostgresTest extends WorklistServiceTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        PostgresDatabase.register(registry);
    }
}
