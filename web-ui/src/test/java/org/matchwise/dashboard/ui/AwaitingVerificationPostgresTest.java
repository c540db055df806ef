package org.matchwise.dashboard.ui;

import org.matchwise.OnPostgres;

/** The same panel on real PostgreSQL: the native query over the entry tables and their history. */
@OnPostgres
class AwaitingVerificationPostgresTest extends AwaitingVerificationTest {
}
