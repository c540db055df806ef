package org.matchwise.applicant.persistence;

import org.matchwise.testing.PostgresDatabase;
import org.matchwise.testing.RequiresPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The one-statement read of a record on real PostgreSQL, whose UNION typing is stricter than H2's. */
@RequiresPostgres
class ApplicantRecordReaderPostgresTest extends ApplicantRecordReaderTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        PostgresDatabase.register(registry);
    }
}
