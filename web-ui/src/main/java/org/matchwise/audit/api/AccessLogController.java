package org.matchwise.audit.api;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.matchwise.audit.AccessLog;
import org.matchwise.base.api.ApiProblems;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/access-log?applicant=&user=&from=&to=&page=&size=}: the admin's school's access log, newest
 * first, one page at a time; {@code GET /api/v1/access-log.csv} with the same filters gives every matching row as CSV.
 * {@code from} and {@code to} are days (inclusive), {@code applicant} and {@code user} ids.
 */
@RestController
class AccessLogController {

    private final AccessLog log;

    AccessLogController(AccessLog log) {
        this.log = log;
    }

    @GetMapping(path = "/api/v1/access-log", produces = MediaType.APPLICATION_JSON_VALUE)
    AccessLog.Page page(@RequestParam(required = false) Long applicant, @RequestParam(required = false) Long user,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return log.search(query(applicant, user, from, to), page, size, Locale.ENGLISH);
    }

    @GetMapping(path = "/api/v1/access-log.csv")
    ResponseEntity<?> csv(@RequestParam(required = false) Long applicant, @RequestParam(required = false) Long user,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        return switch (log.csv(query(applicant, user, from, to), Locale.ENGLISH)) {
            case AccessLog.Export.Csv csv -> ResponseEntity.ok()
                    .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                    .header(HttpHeaders.CONTENT_DISPOSITION,
                            ContentDisposition.attachment().filename("access-log.csv").build().toString())
                    .header(HttpHeaders.CACHE_CONTROL, "no-store")
                    .body(csv.text());
            case AccessLog.Export.TooMany tooMany -> ApiProblems.response(HttpStatus.UNPROCESSABLE_CONTENT,
                    "too_many_rows", tooMany.message());
        };
    }

    private static AccessLog.Query query(Long applicant, Long user, String from, String to) {
        LocalDate first = day("from", from);
        LocalDate last = day("to", to);
        if (first != null && last != null && last.isBefore(first)) {
            throw new BadQuery(new ApiProblems.Problem("to", "is before from (" + from + ")"));
        }
        return new AccessLog.Query(applicant, user, first, last);
    }

    private static LocalDate day(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new BadQuery(new ApiProblems.Problem(name, "is not a day such as 2026-12-01: \"" + value + "\""));
        }
    }

    /** A filter that is not a day, or a range that ends before it starts. */
    static final class BadQuery extends RuntimeException {
        final transient ApiProblems.Problem problem;

        BadQuery(ApiProblems.Problem problem) {
            super(problem.path() + " " + problem.reason());
            this.problem = problem;
        }
    }

    @ExceptionHandler(BadQuery.class)
    ResponseEntity<ProblemDetail> badQuery(BadQuery e) {
        return ApiProblems.response(ApiProblems.invalid(java.util.List.of(e.problem)));
    }
}
