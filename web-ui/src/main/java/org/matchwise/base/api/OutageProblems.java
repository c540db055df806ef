package org.matchwise.base.api;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * The API's answer to a database outage ({@link org.matchwise.operations.Outages#isDatabaseOutage} tells one):
 * 503 {@code unavailable} with {@code Retry-After}, so a client retries instead of concluding that its credentials or
 * its request were wrong.
 */
public final class OutageProblems {

    /** Seconds a client is asked to wait before retrying (the {@code Retry-After} header). */
    public static final int RETRY_AFTER_SECONDS = 5;

    private OutageProblems() {
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
