package org.matchwise.base.api;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a database outage (no connection within the pool's timeout, connection refused or lost) from other
 * failures, and words the answer: 503 {@code unavailable} with {@code Retry-After}, so a client retries instead
 * of concluding that its credentials or its request were wrong.
 */
public final class Outages {

    /** Seconds a client is asked to wait before retrying (the {@code Retry-After} header). */
    public static final int RETRY_AFTER_SECONDS = 5;

    private Outages() {
    }

    /** True when {@code failure} or one of its causes says the database cannot be reached. */
    public static boolean isDatabaseOutage(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof CannotCreateTransactionException || t instanceof DataAccessResourceFailureException
                    || t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof ConnectException
                    || t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")
                    || org.matchwise.operations.Outages.brokenConnection(t)) {
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

    /** 503 {@code unavailable}: the database cannot be reached. */
    public static ProblemDetail problem() {
        return ApiProblems.of(HttpStatus.SERVICE_UNAVAILABLE, "unavailable",
                "Matchwise cannot reach its database right now; nothing was changed. Try again in a moment.");
    }

    /** {@link #problem()} as a controller answer, with {@code Retry-After}. */
    public static ResponseEntity<ProblemDetail> response() {
        ResponseEntity<ProblemDetail> answer = ApiProblems.response(problem());
        return ResponseEntity.status(answer.getStatusCode()).headers(answer.getHeaders())
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS)).body(answer.getBody());
    }
}
