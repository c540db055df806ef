package org.matchwise.security;

import org.matchwise.OnPostgres;

/** The authorization matrix on real PostgreSQL, as CI runs it (MATCHWISE_TEST_POSTGRES_URL). */
@OnPostgres
class AuthorizationMatrixPostgresTest extends AuthorizationMatrixTest {
}
