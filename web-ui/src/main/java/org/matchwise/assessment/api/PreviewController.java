package org.matchwise.assessment.api;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.ArrayList;
import java.util.List;
import org.matchwise.applicant.ApplicantProfile;
import org.matchwise.assessment.AssessmentPreviewService;
import org.matchwise.base.api.ApiProblems;
import org.matchwise.profile.json.FieldProblem;
import org.matchwise.profile.json.ProblemCollectingReader.Bound;
import org.matchwise.profile.json.ProfileJson;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /api/v1/assessments/preview}: assesses a submitted profile without storing anything. A bad
 * request answers 400 with every problem found, each with its field path.
 *
 * <p>The body arrives as a JSON tree and is bound to {@link PreviewRequest} here, not by Spring's message converter:
 * the converter would stop at the first problem and would run before the role check (an applicant is refused 403
 * whatever they send). The OpenAPI document still describes the body as {@link PreviewRequest}.
 */
@RestController
@RequestMapping("/api/v1/assessments")
class PreviewController {

    private final AssessmentPreviewService previews;
    private final ProfileJson profiles;

    PreviewController(AssessmentPreviewService previews, ProfileJson profiles) {
        this.previews = previews;
        this.profiles = profiles;
    }

    /** The role is checked before the body: an applicant is refused (403) whatever they send, as by the service. */
    @PreAuthorize("hasAnyRole('ADMIN', 'ADVISOR')")
    @PostMapping(path = "/preview", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @ApiResponse(responseCode = "200", description = "the assessment, nothing stored",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = AssessmentDocument.class)))
    @ApiResponse(responseCode = "400", description = "every problem of the request, each with its path",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<?> preview(@io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
            content = @Content(schema = @Schema(implementation = PreviewRequest.class))) @RequestBody JsonNode body) {
        Bound<PreviewRequest> bound = ProfileJson.reader().read(body, PreviewRequest.class, "");
        List<FieldProblem> problems = new ArrayList<>(bound.problems());
        PreviewRequest request = bound.value();
        ApplicantProfile profile = request == null || request.profile() == null ? null
                : profiles.toProfile(request.profile(), "profile", problems);
        if (!problems.isEmpty() || profile == null) {
            return invalid(problems);
        }
        return ResponseEntity.ok(AssessmentDocument.of(previews.preview(profile, request.matchYear(), request.asOf())));
    }

    static ResponseEntity<ProblemDetail> invalid(List<FieldProblem> problems) {
        return ApiProblems.response(ApiProblems.invalid(
                problems.stream().map(p -> new ApiProblems.Problem(p.path(), p.reason())).toList()));
    }
}
