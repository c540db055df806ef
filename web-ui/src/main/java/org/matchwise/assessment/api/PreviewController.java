package org.matchwise.assessment.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.matchwise.assessment.AssessmentPreviewService;
import org.matchwise.base.api.ApiProblems;
import org.matchwise.profile.json.FieldProblem;
import org.matchwise.profile.json.JsonFields;
import org.matchwise.profile.json.ProfileJson;
import org.matchwise.profile.json.ProfileRead;
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
    ResponseEntity<?> preview(@RequestBody JsonNode body) {
        List<FieldProblem> problems = new ArrayList<>();
        JsonFields request = JsonFields.object(body, "", problems);
        if (request == null) {
            return invalid(problems);
        }
        Integer matchYear = request.integer("matchYear", true, 1950, 2100);
        LocalDate asOf = request.date("asOf", true);
        JsonNode profileNode = request.raw("profile");
        request.rejectUnknown();
        ProfileRead read = null;
        if (profileNode == null) {
            request.problem("profile", "is required");
        } else {
            read = profiles.read(profileNode, "profile");
            if (read instanceof ProfileRead.Invalid invalid) {
                problems.addAll(invalid.problems());
            }
        }
        if (!problems.isEmpty() || !(read instanceof ProfileRead.Valid valid)) {
            return invalid(problems);
        }
        return ResponseEntity.ok(AssessmentJson.write(previews.preview(valid.profile(), matchYear, asOf)));
    }

    static ResponseEntity<ProblemDetail> invalid(List<FieldProblem> problems) {
        return ApiProblems.response(ApiProblems.invalid(
                problems.stream().map(p -> new ApiProblems.Problem(p.path(), p.reason())).toList()));
    }
}
