package org.matchwise.security;

import org.matchwise.testing.PostgresDatabase;
import org.matchwise.testing.RequiresPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The authorization matrix on real PostgreSQL, as CI runs it (MATCHWISE_TEST_POSTGRES_URL). */
@RequiresPostgres
class AuthorizationMatrixPostgresTest extends AuthorizationMatrixTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        PostgresDatabase.register(registry);
    }
}
