package org.matchwise.reportexport.api;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import org.matchwise.applicant.ApplicantNotFoundException;
import org.matchwise.base.api.ApiProblems;
import org.matchwise.reportexport.DisclosureRecord;
import org.matchwise.reportexport.DisclosureResult;
import org.matchwise.reportexport.ReportDocument;
import org.matchwise.reportexport.ReportKind;
import org.matchwise.reportexport.ReportService;
import org.matchwise.reports.Variant;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/applicants/{id}/reports/*.pdf}: an applicant's reports as PDF downloads, and the disclosures
 * of reports released outside the office. {@code ?variant=applicant} gives the applicant copy (the only one an
 * applicant may get, of their own record); {@code ?recipient=&purpose=} records the download as a disclosure.
 */
@RestController
class ReportController {

    private final ReportService reports;
    private final DisclosureRecord disclosureRecord;

    ReportController(ReportService reports, DisclosureRecord disclosureRecord) {
        this.reports = reports;
        this.disclosureRecord = disclosureRecord;
    }

    /** A disclosure request: which report and copy went to whom, and why. */
    record DisclosureRequest(ReportKind report, String variant, String recipient, String purpose) {
    }

    @GetMapping("/api/v1/applicants/{id}/reports/progress.pdf")
    void progress(@PathVariable long id, @RequestParam(required = false) String variant,
            @RequestParam(required = false) String recipient, @RequestParam(required = false) String purpose,
            HttpServletResponse response) throws IOException {
        send(id, ReportKind.PROGRESS, variant, recipient, purpose, response);
    }

    @GetMapping("/api/v1/applicants/{id}/reports/readiness.pdf")
    void readiness(@PathVariable long id, @RequestParam(required = false) String variant,
            @RequestParam(required = false) String recipient, @RequestParam(required = false) String purpose,
            HttpServletResponse response) throws IOException {
        send(id, ReportKind.READINESS, variant, recipient, purpose, response);
    }

    @PostMapping(path = "/api/v1/applicants/{id}/disclosures", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> recordDisclosure(@PathVariable long id, @RequestBody DisclosureRequest request) {
        Variant variant = request.variant() == null ? Variant.OFFICE : variant(request.variant());
        return switch (reports.recordDisclosure(id, request.report(), variant, request.recipient(), request.purpose())) {
            case DisclosureResult.Recorded recorded -> ResponseEntity.status(HttpStatus.CREATED).body(recorded.disclosure());
            case DisclosureResult.Refused refused -> error(HttpStatus.UNPROCESSABLE_CONTENT, refused.code(), refused.message());
            case DisclosureResult.TooLong tooLong -> ApiProblems.response(ApiProblems.invalid(
                    List.of(new ApiProblems.Problem(tooLong.field(), tooLong.reason()))));
        };
    }

    /** Office staff: every detail; the applicant: their own record, read-only, in the applicant's shape. */
    @GetMapping(path = "/api/v1/applicants/{id}/disclosures", produces = MediaType.APPLICATION_JSON_VALUE)
    List<?> disclosures(@PathVariable long id) {
        return disclosureRecord.forCaller(id);
    }

    private void send(long id, ReportKind kind, String variantParam, String recipient, String purpose,
            HttpServletResponse response) throws IOException {
        Variant variant = variantParam == null ? reports.defaultVariant() : variant(variantParam);
        boolean disclosure = recipient != null || purpose != null;
        ReportDocument report = disclosure ? reports.disclose(id, kind, variant, recipient, purpose)
                : reports.report(id, kind, variant);
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(MediaType.APPLICATION_PDF_VALUE);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(report.fileName()).build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        OutputStream out = response.getOutputStream();
        report.writeTo(out);
        out.flush();
    }

    private static Variant variant(String value) {
        try {
            return Variant.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadVariant(value);
        }
    }

    /** An unknown {@code variant} parameter. */
    static final class BadVariant extends RuntimeException {
        BadVariant(String value) {
            super("Unknown variant '" + value + "': use office or applicant.");
        }
    }

    @ExceptionHandler(ApplicantNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(ApplicantNotFoundException e) {
        return error(HttpStatus.NOT_FOUND, "not_found", e.getMessage());
    }

    @ExceptionHandler({BadVariant.class, IllegalArgumentException.class})
    ResponseEntity<ProblemDetail> badRequest(RuntimeException e) {
        return error(HttpStatus.BAD_REQUEST, "invalid_parameter", e.getMessage());
    }

    @ExceptionHandler(org.springframework.security.access.AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(org.springframework.security.access.AccessDeniedException e) {
        return error(HttpStatus.FORBIDDEN, "forbidden", e.getMessage() == null || e.getMessage().startsWith("Access Denied")
                ? "Your role does not allow this request." : e.getMessage());
    }

    private static ResponseEntity<ProblemDetail> error(HttpStatus status, String code, String message) {
        return ApiProblems.response(status, code, message);
    }
}
