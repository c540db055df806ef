package org.matchwise.filestore;

import org.matchwise.testing.PostgresDatabase;
import org.matchwise.testing.RequiresPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The database file store on real PostgreSQL (BYTEA chunks, ON DELETE CASCADE, LIKE ... ESCAPE). */
@RequiresPostgres
class DatabaseFileStorePostgresTest extends DatabaseFileStoreTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        PostgresDatabase.register(registry);
    }
}
