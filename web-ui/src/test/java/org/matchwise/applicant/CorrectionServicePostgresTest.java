package org.matchwise.applicant;

import org.matchwise.OnPostgres;

/** The same records rules on real PostgreSQL: the refusals, the requests, the queue's native query, the history. */
@OnPostgres
class CorrectionServicePostgresTest extends CorrectionServiceTest {
}
