package org.matchwise.audit;

import org.matchwise.OnPostgres;

/** The same access-log rules on real PostgreSQL: rows written inside read-only transactions, the batch insert, paging. */
@OnPostgres
class AccessLogPostgresTest extends AccessLogTest {
}
