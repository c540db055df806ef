package org.matchwise.operations;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.sql.SQLTransientException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * The one place that tells a passing infrastructure fault from a bug or a broken rule. Two questions, one the
 * narrower of the other:
 * <ul>
 * <li>{@link #isDatabaseOutage}: the database cannot be reached (no connection within the pool's timeout,
 * connection refused, lost or closed under a transaction). A request answers 503 {@code unavailable}
 * ({@code base.api.OutageProblems}); the UI shows "cannot reach its database; retrying".</li>
 * <li>{@link #isOutage}: that, or any other passing fault a background job should retry with backoff: a transient
 * database failure (a serialization failure, a lock timeout), a dropped socket, the file store unreachable.</li>
 * </ul>
 * Both look through the whole cause chain, since Spring, Hibernate and the driver each wrap the fault (an outage
 * mid-transaction surfaces as "Unable to rollback against JDBC Connection").
 */
public final class Outages {

    private Outages() {
    }

    /** True when {@code failure} or one of its causes says the database cannot be reached. */
    public static boolean isDatabaseOutage(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof CannotCreateTransactionException || t instanceof DataAccessResourceFailureException
                    || t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLRecoverableException || t instanceof java.net.ConnectException
                    || t.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")
                    || brokenConnection(t)) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().equals("57P01")
                            || sql.getSQLState().equals("57P02") || sql.getSQLState().equals("57P03"))) {
                // connection exceptions (class 08) and PostgreSQL's shutdown / crash / cannot-connect-now
                return true;
            }
        }
        return false;
    }

    /** True for a database outage and for any other passing fault a background job retries (see above). */
    public static boolean isOutage(Throwable failure) {
        if (isDatabaseOutage(failure)) {
            return true;
        }
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof TransientDataAccessException || t instanceof SQLTransientException
                    || t instanceof java.net.SocketTimeoutException || t instanceof java.net.SocketException) {
                return true;
            }
            if (t instanceof IOException && !(t instanceof java.io.FileNotFoundException)) {
                // the file store (object store over HTTP, or a chunk read that lost its connection)
                return true;
            }
        }
        return false;
    }

    /** The innermost message of a failure, for a one-line log entry. */
    public static String describe(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    /**
     * A connection that broke under a transaction: the pool's "Connection is closed" (no SQL state) and Hibernate's
     * "Unable to rollback against JDBC Connection", which replaces the original failure when the connection was cut
     * mid-transaction (TwoNodesTest's database cut showed it; the issue saw it fail an export for good).
     */
    public static boolean brokenConnection(Throwable t) {
        String message = String.valueOf(t.getMessage());
        return t instanceof SQLException && message.startsWith("Connection is closed")
                || t.getClass().getName().equals("org.hibernate.TransactionException")
                        && message.startsWith("Unable to rollback against JDBC Connection");
    }
}
