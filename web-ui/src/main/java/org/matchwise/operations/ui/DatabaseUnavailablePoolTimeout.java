package org.matchwise.operations.ui;

import org.matchwise.operations.DatabaseProbe;

/** {@link DatabaseUnavailableView} for {@code SQLTransientConnectionException}. */
class DatabaseUnavailablePoolTimeout extends DatabaseUnavailableView<java.sql.SQLTransientConnectionException> {

    DatabaseUnavailablePoolTimeout(DatabaseProbe probe) {
        super(probe);
    }
}
