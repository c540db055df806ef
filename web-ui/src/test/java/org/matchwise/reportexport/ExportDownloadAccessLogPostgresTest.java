package org.matchwise.reportexport;

import org.matchwise.OnPostgres;

/**
 * The same on real PostgreSQL, where the download's service method runs in a READ ONLY transaction: the rows are
 * written in a transaction of their own, in one batch.
 */
@OnPostgres
class ExportDownloadAccessLogPostgresTest extends ExportDownloadAccessLogTest {
}
