package org.matchwise.applicant;

import org.matchwise.OnPostgres;

/** The same API rules on real PostgreSQL: migrations, row locks, Envers history and tenant isolation. */
@OnPostgres
class ApplicantApiPostgresTest extends ApplicantApiTest {
}
