package org.matchwise.base.api;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.MDC;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.json.JsonMapper;

/**
 * The body of every REST error: RFC 9457 problem details, sent as {@code application/problem+json}.
 *
 * <pre>{@code
 * {"type": "about:blank", "title": "Bad Request", "status": 400,
 *  "detail": "The request has 1 problem.", "instance": "/api/v1/assessments/preview",
 *  "error": "invalid_request",
 *  "problems": [{"path": "profile.exams[2].outcome", "reason": "must be one of PASS, FAIL, SCHEDULED, was \"PASSED\""}],
 *  "requestId": "4f1c..."}
 * }</pre>
 *
 * {@code error} is a stable lower-snake code that clients may switch on, {@code detail} a sentence for people,
 * {@code problems} is present for invalid input only, {@code requestId} when the request has one (SLF4J MDC key
 * {@value #REQUEST_ID}). Controllers return {@link #response}; filters and Spring Security's entry points, which
 * run outside Spring MVC, call {@link #write}. Never a stack trace.
 */
public final class ApiProblems {

    /** The SLF4J MDC key whose value, when present, is copied into every problem as {@code requestId}. */
    public static final String REQUEST_ID = "requestId";

    private static final URI ABOUT_BLANK = URI.create("about:blank");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ApiProblems() {
    }

    /** One problem with the input: where (a path such as {@code profile.exams[2].outcome}) and why. */
    public record Problem(String path, String reason) {
    }

    /** A problem with a status, a stable code ({@code not_found}) and a sentence for people. */
    public static ProblemDetail of(HttpStatusCode status, String error, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(ABOUT_BLANK);
        HttpStatus known = HttpStatus.resolve(status.value());
        problem.setTitle(known == null ? "Error " + status.value() : known.getReasonPhrase());
        problem.setProperty("error", error);
        String requestId = MDC.get(REQUEST_ID);
        if (requestId != null && !requestId.isBlank()) {
            problem.setProperty(REQUEST_ID, requestId);
        }
        return problem;
    }

    /** 400 {@code invalid_request} listing every problem found in the input, each with its path. */
    public static ProblemDetail invalid(List<Problem> problems) {
        int n = problems.size();
        ProblemDetail problem = of(HttpStatus.BAD_REQUEST, "invalid_request",
                n == 1 ? "The request has 1 problem." : "The request has " + n + " problems.");
        return withProblems(problem, problems);
    }

    /**
     * A problem for a bare status, where nothing more specific is known (an error dispatch, a framework error):
     * the status's stable code ({@code 404 -> not_found}) and a general sentence.
     */
    public static ProblemDetail ofStatus(HttpStatusCode status) {
        return of(status, codeOf(status), switch (status.value()) {
            case 400 -> "The request cannot be read.";
            case 401 -> "Sign in with a valid email and password (HTTP Basic).";
            case 403 -> "Your role does not allow this request.";
            case 404 -> "There is no such endpoint.";
            case 405 -> "This method is not allowed here.";
            case 413 -> "The request is larger than the limit.";
            case 415 -> "The request's Content-Type is not accepted here.";
            case 500 -> "Something went wrong on our side; nothing was changed. The error has been logged.";
            case 503 -> "Matchwise cannot answer right now. Try again in a moment.";
            default -> {
                HttpStatus known = HttpStatus.resolve(status.value());
                yield known == null ? "The request failed." : known.getReasonPhrase() + ".";
            }
        });
    }

    /** The stable code of a status without a more specific one: {@code 404 -> not_found}, {@code 409 -> conflict}. */
    public static String codeOf(HttpStatusCode status) {
        HttpStatus known = HttpStatus.resolve(status.value());
        return known == null ? "error_" + status.value() : known.name().toLowerCase(Locale.ROOT);
    }

    /** Adds the {@code problems} list to a problem (kept after {@code error} and before {@code requestId}). */
    public static ProblemDetail withProblems(ProblemDetail problem, List<?> problems) {
        Map<String, Object> extensions = new LinkedHashMap<>(
                problem.getProperties() == null ? Map.of() : problem.getProperties());
        Object requestId = extensions.remove(REQUEST_ID);
        extensions.put("problems", List.copyOf(problems));
        if (requestId != null) {
            extensions.put(REQUEST_ID, requestId);
        }
        problem.setProperties(extensions);
        return problem;
    }

    /** The answer of a controller or exception handler: the problem's status and {@code application/problem+json}. */
    public static ResponseEntity<ProblemDetail> response(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** Shorthand for {@code response(of(status, error, detail))}. */
    public static ResponseEntity<ProblemDetail> response(HttpStatusCode status, String error, String detail) {
        return response(of(status, error, detail));
    }

    /**
     * Writes a problem straight to the servlet response, for code that runs outside Spring MVC (security entry
     * points and access-denied handlers, filters). {@code instance} is the request's path (on an error dispatch,
     * the path of the request that failed).
     */
    public static void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
            throws IOException {
        if (problem.getInstance() == null) {
            problem.setInstance(URI.create(pathOf(request)));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", (problem.getType() == null ? ABOUT_BLANK : problem.getType()).toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        if (problem.getDetail() != null) {
            body.put("detail", problem.getDetail());
        }
        body.put("instance", problem.getInstance().toString());
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        response.resetBuffer();
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getOutputStream().write(JSON.writeValueAsBytes(body));
        response.flushBuffer();
    }

    /** The path a client asked for: on an error dispatch the original one, not {@code /error}. */
    public static String pathOf(HttpServletRequest request) {
        Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return original instanceof String uri ? uri : request.getRequestURI();
    }
}
