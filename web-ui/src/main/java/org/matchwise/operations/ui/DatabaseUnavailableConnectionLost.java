package org.matchwise.operations.ui;

import org.matchwise.operations.DatabaseProbe;

/** {@link DatabaseUnavailableView} for {@code JDBCConnectionException}. */
class DatabaseUnavailableConnectionLost extends DatabaseUnavailableView<org.hibernate.exception.JDBCConnectionException> {

    DatabaseUnavailableConnectionLost(DatabaseProbe probe) {
        super(probe);
    }
}
