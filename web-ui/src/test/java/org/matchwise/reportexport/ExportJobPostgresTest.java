package org.matchwise.reportexport;

import org.matchwise.OnPostgres;

/** The cohort export on real PostgreSQL: V70 with db-scheduler's table, the scheduler's picking, the job's scope. */
@OnPostgres
class ExportJobPostgresTest extends ExportJobTest {
}
