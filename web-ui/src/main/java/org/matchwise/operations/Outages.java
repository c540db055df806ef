package org.matchwise.operations;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.sql.SQLTransientException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a passing infrastructure fault (the database or the file store unreachable, a connection cut, a pool
 * timeout) from a bug or a broken rule: the first is worth retrying and is shown as "cannot reach its
 * database; retrying", the second is not. Looks through the whole cause chain, since Spring, Hibernate and the
 * driver each wrap the fault (an outage mid-transaction surfaces as "Unable to rollback against JDBC Connection").
 */
public final class Outages {

    private Outages() {
    }

    public static boolean isOutage(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DataAccessResourceFailureException || t instanceof TransientDataAccessException
                    || t instanceof CannotCreateTransactionException || t instanceof SQLTransientConnectionException
                    || t instanceof SQLRecoverableException || t instanceof SQLTransientException
                    || t instanceof java.net.ConnectException || t instanceof java.net.SocketTimeoutException
                    || t instanceof java.net.SocketException
                    || t.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")) {
                return true;
            }
            if (brokenConnection(t)) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().equals("57P01")
                            || sql.getSQLState().equals("57P02") || sql.getSQLState().equals("57P03"))) {
                // connection exceptions (class 08) and PostgreSQL's shutdown / crash / cannot-connect-now
                return true;
            }
            if (t instanceof IOException && !(t instanceof java.io.FileNotFoundException)) {
                // the file store (object store over HTTP, or a chunk read that lost its connection)
                return true;
            }
        }
        return false;
    }

    /**
     * A connection that broke under a transaction: the pool's "Connection is closed" (no SQL state) and Hibernate's
     * "Unable to rollback against JDBC Connection", which replaces the original failure when the connection was cut
     * mid-transaction (TwoNodesIT's database cut showed it; the issue saw it fail an export for good).
     */
    public static boolean brokenConnection(Throwable t) {
        String message = String.valueOf(t.getMessage());
        return t instanceof SQLException && message.startsWith("Connection is closed")
                || t.getClass().getName().equals("org.hibernate.TransactionException")
                        && message.startsWith("Unable to rollback against JDBC Connection");
    }
}
