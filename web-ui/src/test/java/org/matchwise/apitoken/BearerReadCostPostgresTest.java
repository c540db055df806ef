package org.matchwise.apitoken;

import org.matchwise.testing.PostgresDatabase;
import org.matchwise.testing.RequiresPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same cost of a bearer read on PostgreSQL, where the benchmark (scripts/api-token-benchmark.sh) runs. */
@RequiresPostgres
class BearerReadCostPostgresTest extends BearerReadCostTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        PostgresDatabase.register(registry);
    }
}
