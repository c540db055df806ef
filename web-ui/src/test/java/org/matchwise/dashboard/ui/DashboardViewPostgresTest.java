package org.matchwise.dashboard.ui;

import org.matchwise.testing.PostgresDatabase;
import org.matchwise.testing.RequiresPostgres;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The same dashboard rules on real PostgreSQL, where the aggregate statements meet the partial indexes of the
 * vendor migrations and PostgreSQL's own date arithmetic, grouping and ordering of nulls.
 */
@RequiresPostgres
class DashboardViewPostgresTest extends DashboardViewTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        PostgresDatabase.register(registry);
    }
}
