package org.matchwise.base.api;

import java.util.List;

/**
 * The body of every REST error: HTTP status, a short code, a message for people and, for invalid
 * input, every problem found with the path of the field it concerns. Never a stack trace.
 */
public record ApiError(int status, String error, String message, List<Problem> problems) {

    /** One problem with the input: where (a JSON path such as {@code profile.exams[2].outcome}) and why. */
    public record Problem(String path, String reason) {
    }

    public ApiError {
        problems = problems == null ? List.of() : List.copyOf(problems);
    }

    public static ApiError of(int status, String error, String message) {
        return new ApiError(status, error, message, List.of());
    }
}
