package org.matchwise.operations.ui;

import org.matchwise.operations.DatabaseProbe;

/** {@link DatabaseUnavailableView} for {@code CannotCreateTransactionException}. */
class DatabaseUnavailableTransactionNotStarted extends DatabaseUnavailableView<org.springframework.transaction.CannotCreateTransactionException> {

    DatabaseUnavailableTransactionNotStarted(DatabaseProbe probe) {
        super(probe);
    }
}
