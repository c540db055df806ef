package org.matchwise.operations.ui;

import org.matchwise.operations.DatabaseProbe;

/** {@link DatabaseUnavailableView} for {@code CannotGetJdbcConnectionException}. */
class DatabaseUnavailableJdbcConnection extends DatabaseUnavailableView<org.springframework.jdbc.CannotGetJdbcConnectionException> {

    DatabaseUnavailableJdbcConnection(DatabaseProbe probe) {
        super(probe);
    }
}
