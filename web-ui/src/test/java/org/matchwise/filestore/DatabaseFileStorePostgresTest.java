package org.matchwise.filestore;

import org.matchwise.OnPostgres;

/** The database file store on real PostgreSQL (BYTEA chunks, ON DELETE CASCADE, LIKE ... ESCAPE). */
@OnPostgres
class DatabaseFileStorePostgresTest extends DatabaseFileStoreTest {
}
