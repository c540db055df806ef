package org.matchwise.imports.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.matchwise.base.api.ApiProblems;
import org.matchwise.imports.ImportFormat;
import org.matchwise.imports.ImportReport;
import org.matchwise.imports.ImportService;
import org.matchwise.imports.RosterTemplate;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code GET /api/v1/imports/template} (admins): the roster template, a CSV with the header and one example row.
 *
 * <p>{@code POST /api/v1/imports} (admins): a roster CSV or a JSON array of profiles, sent as a multipart file
 * (part {@code file}) or as the raw body. The Content-Type ({@code text/csv} or {@code application/json}) of
 * the body or the part decides the format; a part sent as {@code application/octet-stream} falls back to its
 * file name's extension. {@code ?dryRun=true} validates and previews without writing.
 *
 * <p>Answers: 200 with the report (written, or the preview of a dry run even when rows have problems, so the
 * UI can show rows and errors together); 400 when the file as a whole cannot be read (header, syntax,
 * encoding, empty); 422 when rows are invalid and nothing was written. Every error carries row and column.
 */
@RestController
@RequestMapping("/api/v1/imports")
class ImportController {

    private final ImportService imports;

    ImportController(ImportService imports) {
        this.imports = imports;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> multipart(@RequestPart("file") MultipartFile file,
            @RequestParam(defaultValue = "false") boolean dryRun,
            @RequestParam(required = false) String advisorEmail) throws IOException {
        Optional<ImportFormat> format = ImportFormat.ofMediaType(file.getContentType())
                .or(() -> ImportFormat.ofFileName(file.getOriginalFilename()));
        if (format.isEmpty()) {
            return unsupported();
        }
        return answer(imports.importFile(format.get(), file.getBytes(), dryRun, advisorEmail));
    }

    @PostMapping(consumes = {"text/csv", MediaType.APPLICATION_JSON_VALUE}, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> raw(@RequestBody byte[] body, @RequestHeader(HttpHeaders.CONTENT_TYPE) String contentType,
            @RequestParam(defaultValue = "false") boolean dryRun,
            @RequestParam(required = false) String advisorEmail) {
        Optional<ImportFormat> format = ImportFormat.ofMediaType(contentType);
        if (format.isEmpty()) {
            return unsupported();
        }
        return answer(imports.importFile(format.get(), body, dryRun, advisorEmail));
    }

    /** The roster template: the header row and one example row, as a CSV download. */
    @GetMapping(value = "/template", produces = "text/csv")
    ResponseEntity<String> template() {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(RosterTemplate.FILE_NAME).build().toString())
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(imports.rosterTemplate());
    }

    private static ResponseEntity<ImportReport> answer(ImportReport report) {
        HttpStatus status = switch (report.outcome()) {
            case IMPORTED, PREVIEW -> HttpStatus.OK;
            case REJECTED_FILE -> report.dryRun() ? HttpStatus.OK : HttpStatus.BAD_REQUEST;
            case REJECTED_ROWS -> report.dryRun() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT;
        };
        return ResponseEntity.status(status).body(report);
    }

    private static ResponseEntity<ProblemDetail> unsupported() {
        return ApiProblems.response(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported_media_type",
                "Send a roster as text/csv or profiles as application/json (as the body or as the multipart part 'file').");
    }
}
