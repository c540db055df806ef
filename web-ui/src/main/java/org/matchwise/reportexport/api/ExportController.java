package org.matchwise.reportexport.api;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.matchwise.base.api.ApiProblems;
import org.matchwise.reportexport.ExportDownload;
import org.matchwise.reportexport.ExportJobNotFoundException;
import org.matchwise.reportexport.ExportJobService;
import org.matchwise.reportexport.ExportJobView;
import org.matchwise.reportexport.ExportStart;
import org.matchwise.reportexport.ExportStatus;
import org.springframework.core.io.InputStreamResource;
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
import org.springframework.web.bind.annotation.RestController;

/**
 * Cohort exports: {@code POST /api/v1/cohorts/{matchYear}/exports} queues a background job (202 with its id),
 * {@code GET /api/v1/exports/{jobId}} tells how far it is, {@code GET /api/v1/exports/{jobId}/file} gives the ZIP
 * (from any node: it streams from the shared file store), {@code POST /api/v1/exports/{jobId}/cancel} cancels it.
 */
@RestController
class ExportController {

    private final ExportJobService exports;

    ExportController(ExportJobService exports) {
        this.exports = exports;
    }

    @PostMapping(path = "/api/v1/cohorts/{matchYear}/exports", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> start(@PathVariable int matchYear) {
        return switch (exports.start(matchYear)) {
            case ExportStart.Started started -> ResponseEntity.accepted()
                    .location(URI.create("/api/v1/exports/" + started.job().id())).body(started.job());
            case ExportStart.Refused refused -> error(HttpStatus.UNPROCESSABLE_CONTENT, refused.code(), refused.message());
        };
    }

    @GetMapping(path = "/api/v1/exports", produces = MediaType.APPLICATION_JSON_VALUE)
    List<ExportJobView> recent() {
        return exports.recent();
    }

    @GetMapping(path = "/api/v1/exports/{jobId}", produces = MediaType.APPLICATION_JSON_VALUE)
    ExportJobView job(@PathVariable long jobId) {
        return exports.job(jobId);
    }

    @PostMapping(path = "/api/v1/exports/{jobId}/cancel", produces = MediaType.APPLICATION_JSON_VALUE)
    ExportJobView cancel(@PathVariable long jobId) {
        return exports.cancel(jobId);
    }

    @GetMapping("/api/v1/exports/{jobId}/file")
    ResponseEntity<?> file(@PathVariable long jobId) throws IOException {
        ExportDownload download = exports.download(jobId).orElse(null);
        if (download == null) {
            var job = exports.job(jobId);
            if (job.status() == ExportStatus.EXPIRED) {
                return error(HttpStatus.GONE, "expired", job.message());
            }
            return error(HttpStatus.CONFLICT, "not_ready", "The export " + jobId + " is not finished yet.");
        }
        // streamed from the shared store chunk by chunk (the converter copies and closes the stream)
        InputStreamResource body = new InputStreamResource(download.open());
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/zip"))
                .contentLength(download.size())
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(download.fileName()).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(body);
    }

    @ExceptionHandler(ExportJobNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(ExportJobNotFoundException e) {
        return error(HttpStatus.NOT_FOUND, "not_found", e.getMessage());
    }

    private static ResponseEntity<ProblemDetail> error(HttpStatus status, String code, String message) {
        return ApiProblems.response(status, code, message);
    }
}
