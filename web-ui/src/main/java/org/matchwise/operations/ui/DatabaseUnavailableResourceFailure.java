package org.matchwise.operations.ui;

import org.matchwise.operations.DatabaseProbe;

/** {@link DatabaseUnavailableView} for {@code DataAccessResourceFailureException}. */
class DatabaseUnavailableResourceFailure extends DatabaseUnavailableView<org.springframework.dao.DataAccessResourceFailureException> {

    DatabaseUnavailableResourceFailure(DatabaseProbe probe) {
        super(probe);
    }
}
