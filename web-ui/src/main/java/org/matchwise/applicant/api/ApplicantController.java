package org.matchwise.applicant.api;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.net.URI;
import java.util.List;
import org.matchwise.applicant.ApplicantNotFoundException;
import org.matchwise.applicant.ApplicantService;
import org.matchwise.applicant.ApplicantViews.ApplicantPage;
import org.matchwise.applicant.ApplicantViews.FlagView;
import org.matchwise.applicant.ApplicantViews.HistoryView;
import org.matchwise.applicant.ApplicantViews.ListFilter;
import org.matchwise.applicant.ApplicantViews.SnapshotView;
import org.matchwise.applicant.CycleOutcome;
import org.matchwise.applicant.FlagService;
import org.matchwise.applicant.SaveResult;
import org.matchwise.applicant.TextLengths;
import org.matchwise.assessment.api.AssessmentDocument;
import org.matchwise.base.api.ApiProblems;
import org.matchwise.base.api.ColumnLengths;
import org.matchwise.flags.FlagCategory;
import org.matchwise.flags.Severity;
import org.matchwise.profile.json.ProfileDocument;
import org.matchwise.profile.json.ProfileJson;
import org.matchwise.profile.json.ProfileRead;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * {@code /api/v1/applicants}: the applicant records of the caller's school. The ETag of a record is its
 * version; PUT needs it in If-Match (428 without, 412 when stale), so no edit silently overwrites another.
 */
@RestController
@RequestMapping(path = "/api/v1/applicants", produces = MediaType.APPLICATION_JSON_VALUE)
class ApplicantController {

    private final ApplicantService applicants;
    private final FlagService flags;
    private final ProfileJson profiles;

    ApplicantController(ApplicantService applicants, FlagService flags, ProfileJson profiles) {
        this.applicants = applicants;
        this.flags = flags;
        this.profiles = profiles;
    }

    /**
     * 400 naming {@code path} when {@code value} is longer than {@code max} (a column's length, {@link TextLengths}):
     * never a 500 from the database; null when it fits.
     */
    private static ResponseEntity<?> tooLong(String path, String value, int max) {
        String reason = ColumnLengths.tooLong(value == null ? null : value.strip(), max);
        return reason == null ? null
                : ApiProblems.response(ApiProblems.invalid(List.of(new ApiProblems.Problem(path, reason))));
    }

    /** The answer of a create or a save: the record's id and its new version (also its ETag). */
    @Schema(name = "ApplicantSaved")
    record Created(long id, long version) {
    }

    /** {@code shared}: the applicant sees the flag's message; absent or false keeps it with the office. */
    record ManualFlagRequest(Severity severity, String message, Boolean shared) {
    }

    record AddressRequest(String note) {
    }

    record VerifyRequest(String item) {
    }

    record CloseCycleRequest(CycleOutcome outcome, String feedback) {
    }

    /**
     * The role is checked before the body: an applicant is refused (403) whatever they send, as by the service. The
     * body arrives as a JSON tree and is bound to {@link ProfileDocument} by {@link ProfileJson} in the method (every
     * problem at once, after the role and record checks); the OpenAPI document describes it as that record.
     */
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('ADMIN', 'ADVISOR')")
    @ApiResponse(responseCode = "201", description = "created; the ETag is the record's version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = Created.class)))
    @ApiResponse(responseCode = "400", description = "every problem of the profile, each with its path",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "the externalId is taken",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<?> create(@io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(schema = @Schema(implementation = ProfileDocument.class))) @RequestBody JsonNode body,
            @RequestParam(required = false) String advisor) {
        ProfileRead read = profiles.read(body);
        if (read instanceof ProfileRead.Invalid invalid) {
            return invalid(invalid);
        }
        SaveResult result = applicants.create(((ProfileRead.Valid) read).profile(), advisor);
        if (result instanceof SaveResult.Saved saved) {
            return ResponseEntity.created(URI.create("/api/v1/applicants/" + saved.id()))
                    .eTag(etag(saved.version()))
                    .body(new Created(saved.id(), saved.version()));
        }
        return refusal(result);
    }

    @GetMapping("/{id}")
    ResponseEntity<ProfileDocument> get(@PathVariable long id) {
        var record = applicants.get(id);
        return ResponseEntity.ok().eTag(etag(record.version())).body(profiles.document(record.profile()));
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ApiResponse(responseCode = "200", description = "saved; the ETag is the record's new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = Created.class)))
    @ApiResponse(responseCode = "400", description = "every problem of the profile, each with its path",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "412", description = "the If-Match version is stale",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "428", description = "If-Match is missing",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<?> replace(@PathVariable long id, @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(schema = @Schema(implementation = ProfileDocument.class))) @RequestBody JsonNode body,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        // another school's or another applicant's record is unknown (404) whatever else is wrong with the request:
        // checked before each early refusal; a well-formed request gets it from replace(), which reads the record anyway
        Long expected = parseEtag(ifMatch);
        if (expected == null) {
            applicants.requireReachable(id);
            return error(HttpStatus.PRECONDITION_REQUIRED, "precondition_required",
                    "Send the record's ETag in If-Match (GET it first), so no one's changes are overwritten.");
        }
        ProfileRead read = profiles.read(body);
        if (read instanceof ProfileRead.Invalid invalid) {
            applicants.requireReachable(id);
            return invalid(invalid);
        }
        SaveResult result = applicants.replace(id, ((ProfileRead.Valid) read).profile(), expected);
        if (result instanceof SaveResult.Saved saved) {
            return ResponseEntity.ok().eTag(etag(saved.version())).body(new Created(saved.id(), saved.version()));
        }
        return refusal(result);
    }

    @GetMapping
    ApplicantPage list(@RequestParam(required = false) String q, @RequestParam(required = false) Integer matchYear,
            @RequestParam(required = false) Long advisor, @RequestParam(required = false) FlagCategory flag,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return applicants.list(new ListFilter(q, matchYear, advisor, flag), page, size);
    }

    @GetMapping("/{id}/assessment")
    AssessmentDocument assessment(@PathVariable long id) {
        return AssessmentDocument.of(applicants.assessment(id));
    }

    @GetMapping("/{id}/history")
    HistoryView history(@PathVariable long id) {
        return applicants.history(id);
    }

    @GetMapping("/{id}/flags")
    List<FlagView> flags(@PathVariable long id) {
        return flags.flags(id);
    }

    @PostMapping(path = "/{id}/flags", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> addManualFlag(@PathVariable long id, @RequestBody ManualFlagRequest request) {
        ResponseEntity<?> tooLong = tooLong("message", request.message(), TextLengths.FLAG_MESSAGE);
        if (tooLong != null) {
            return tooLong;
        }
        return flagResult(flags.addManualFlag(id, request.severity(), request.message(),
                Boolean.TRUE.equals(request.shared())), HttpStatus.CREATED);
    }

    @PostMapping(path = "/{id}/flags/{flagId}/addressed", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> markAddressed(@PathVariable long id, @PathVariable long flagId, @RequestBody AddressRequest request) {
        ResponseEntity<?> tooLong = tooLong("note", request.note(), TextLengths.ADDRESSED_NOTE);
        if (tooLong != null) {
            return tooLong;
        }
        return flagResult(flags.markAddressed(id, flagId, request.note()), HttpStatus.OK);
    }

    /** {@code shared}: true shows an advisor's own flag (R18) to the applicant, false keeps it with the office. */
    record ShareRequest(Boolean shared) {
    }

    @PutMapping(path = "/{id}/flags/{flagId}/shared", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> shareManualFlag(@PathVariable long id, @PathVariable long flagId, @RequestBody ShareRequest request) {
        if (request.shared() == null) {
            return ApiProblems.response(ApiProblems.invalid(List.of(new ApiProblems.Problem("shared",
                    "required: true shows the flag to the applicant, false keeps it with the office"))));
        }
        return flagResult(flags.shareManualFlag(id, flagId, request.shared()), HttpStatus.OK);
    }

    /** An advisor withdraws their own flag (R18): it closes today and stays on record. */
    @PostMapping("/{id}/flags/{flagId}/withdrawn")
    ResponseEntity<?> withdrawManualFlag(@PathVariable long id, @PathVariable long flagId) {
        return flagResult(flags.closeManualFlag(id, flagId), HttpStatus.OK);
    }

    @PostMapping(path = "/{id}/verifications", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> verify(@PathVariable long id, @RequestBody VerifyRequest request) {
        SaveResult result = applicants.verify(id, request.item());
        if (result instanceof SaveResult.Saved saved) {
            return ResponseEntity.ok().eTag(etag(saved.version())).body(new Created(saved.id(), saved.version()));
        }
        return refusal(result);
    }

    @PostMapping("/{id}/cycles/{matchYear}/submit")
    SnapshotView submitCycle(@PathVariable long id, @PathVariable int matchYear) {
        return applicants.submitCycle(id, matchYear);
    }

    @PostMapping(path = "/{id}/cycles/{matchYear}/close", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> closeCycle(@PathVariable long id, @PathVariable int matchYear, @RequestBody CloseCycleRequest request) {
        if (request.outcome() == null) {
            return error(HttpStatus.BAD_REQUEST, "invalid_request", "Give the cycle's outcome.");
        }
        ResponseEntity<?> tooLong = tooLong("feedback", request.feedback(), TextLengths.CYCLE_FEEDBACK);
        if (tooLong != null) {
            return tooLong;
        }
        return ResponseEntity.ok(applicants.closeCycle(id, matchYear, request.outcome(), request.feedback()));
    }

    @ExceptionHandler(ApplicantNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(ApplicantNotFoundException e) {
        return error(HttpStatus.NOT_FOUND, "not_found", e.getMessage());
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> concurrentChange(OptimisticLockingFailureException e) {
        return error(HttpStatus.PRECONDITION_FAILED, "precondition_failed",
                "Someone else changed this record at the same moment; nothing of yours was saved. Load it again and redo your change.");
    }

    private ResponseEntity<?> flagResult(FlagService.FlagResult result, HttpStatus status) {
        return switch (result) {
            case FlagService.FlagResult.Done done -> ResponseEntity.status(status).body(done.flag());
            case FlagService.FlagResult.Refused refused -> error(
                    refused.code().equals("unknown_flag") ? HttpStatus.NOT_FOUND : HttpStatus.UNPROCESSABLE_CONTENT,
                    refused.code(), refused.message());
        };
    }

    private static ResponseEntity<?> refusal(SaveResult result) {
        return switch (result) {
            case SaveResult.VersionConflict c -> ResponseEntity.status(HttpStatus.PRECONDITION_FAILED)
                    .eTag(etag(c.current())).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(ApiProblems.of(HttpStatus.PRECONDITION_FAILED, "precondition_failed",
                            "The record changed since you loaded it (you had version " + c.expected() + ", it is now at "
                                    + c.current() + "); nothing was saved. Load it again and redo your change."));
            case SaveResult.Rejected r -> error(r.code().equals("duplicate_external_id") ? HttpStatus.CONFLICT
                    : HttpStatus.UNPROCESSABLE_CONTENT, r.code(), r.message());
            case SaveResult.Saved s -> throw new IllegalStateException("not a refusal");
        };
    }

    private static ResponseEntity<?> invalid(ProfileRead.Invalid invalid) {
        return ApiProblems.response(ApiProblems.invalid(
                invalid.problems().stream().map(p -> new ApiProblems.Problem(p.path(), p.reason())).toList()));
    }

    private static ResponseEntity<ProblemDetail> error(HttpStatus status, String code, String message) {
        return ApiProblems.response(status, code, message);
    }

    static String etag(long version) {
        return "\"" + version + "\"";
    }

    /** The version in an If-Match value such as {@code "7"} or {@code W/"7"}; null when absent or not ours. */
    static Long parseEtag(String ifMatch) {
        if (ifMatch == null) {
            return null;
        }
        String v = ifMatch.trim();
        if (v.startsWith("W/")) {
            v = v.substring(2);
        }
        v = v.replace("\"", "");
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            return null;
        }
    }

}
