package org.matchwise.worklist;

import org.matchwise.OnPostgres;

/** The same worklist on real PostgreSQL: the JdbcClient text blocks, scope conditions and marks. */
@OnPostgres
class WorklistServicePostgresTest extends WorklistServiceTest {
}
