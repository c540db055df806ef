package org.matchwise.imports.api;

import java.nio.charset.StandardCharsets;
import org.matchwise.imports.CohortExport;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/cohorts/{matchYear}/export.csv} (admins and advisors): the caller's school's cohort as a
 * roster CSV in UTF-8 with a byte-order mark (so spreadsheets read accents and non-Latin names right), every
 * cell guarded against formula injection.
 */
@RestController
class CohortExportController {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final CohortExport export;

    CohortExportController(CohortExport export) {
        this.export = export;
    }

    @GetMapping("/api/v1/cohorts/{matchYear}/export.csv")
    ResponseEntity<byte[]> export(@PathVariable int matchYear) {
        if (matchYear < 1950 || matchYear > 2100) {
            throw new org.springframework.web.server.ResponseStatusException(
                    org.springframework.http.HttpStatus.BAD_REQUEST, "matchYear must be between 1950 and 2100");
        }
        byte[] body = ("\uFEFF" + export.csv(matchYear)).getBytes(StandardCharsets.UTF_8);
        return ResponseEntity.ok()
                .contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("cohort-" + matchYear + ".csv").build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(body);
    }
}
