package org.matchwise.dashboard.ui;

import org.matchwise.OnPostgres;

/**
 * The same dashboard rules on real PostgreSQL, where the aggregate statements meet the partial indexes of the
 * vendor migrations and PostgreSQL's own date arithmetic, grouping and ordering of nulls.
 */
@OnPostgres
class DashboardViewPostgresTest extends DashboardViewTest {
}
