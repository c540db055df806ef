package org.matchwise.applicant.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.matchwise.applicant.ApplicantNotFoundException;
import org.matchwise.applicant.ApplicantProfile;
import org.matchwise.applicant.CorrectionService;
import org.matchwise.applicant.CorrectionViews.CorrectionPage;
import org.matchwise.applicant.CorrectionViews.CorrectionResult;
import org.matchwise.applicant.CorrectionViews.CorrectionView;
import org.matchwise.applicant.EntryRequestKind;
import org.matchwise.applicant.Letter;
import org.matchwise.base.api.ApiProblems;
import org.matchwise.profile.json.ProfileDocument;
import org.matchwise.profile.json.ProfileJson;
import org.matchwise.profile.json.ProfileRead;
import org.springframework.dao.OptimisticLockingFailureException;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Correction requests and removal notices (records applicants cannot erase):
 * <ul>
 *   <li>{@code POST /api/v1/applicants/{id}/corrections} (the applicant, own record): ask to change or remove an entry
 *       they may not change themself: {@code {"item":"exams[0]","kind":"REMOVE","reason":"..."}}, or
 *       {@code "kind":"CHANGE"} with {@code "proposed"}: the entry as it should be, in the profile format;</li>
 *   <li>{@code GET /api/v1/applicants/{id}/corrections} (the applicant, own; advisors, admins): that record's requests
 *       and notices, newest first; {@code POST .../corrections/{requestId}/withdraw} (the applicant);</li>
 *   <li>{@code GET /api/v1/corrections} (advisors, admins): the school's open ones; {@code POST
 *       /api/v1/corrections/{requestId}/accept}, {@code /decline} ({@code {"note":"..."}}), {@code /acknowledge}.</li>
 * </ul>
 */
@RestController
@org.springframework.web.bind.annotation.RequestMapping(produces = MediaType.APPLICATION_JSON_VALUE)
class CorrectionController {

    private static final Pattern ITEM = Pattern.compile("([A-Za-z]+)\\[(\\d{1,6})]");

    private final CorrectionService corrections;
    private final ProfileJson profiles;

    CorrectionController(CorrectionService corrections, ProfileJson profiles) {
        this.corrections = corrections;
        this.profiles = profiles;
    }

    /** A correction request as sent. */
    @Schema(name = "CorrectionRequest")
    record NewRequest(@Schema(example = "exams[0]") String item,
            @Schema(allowableValues = {"CHANGE", "REMOVE"}) String kind, String reason,
            @Schema(description = "for CHANGE: the entry as it should be, in the profile format of the list `item` names",
                    oneOf = {ProfileDocument.ExamJson.class, ProfileDocument.PracticeJson.class,
                        ProfileDocument.ClinicalJson.class, ProfileDocument.LetterJson.class,
                        ProfileDocument.TimelineJson.class, ProfileDocument.AcademicJson.class,
                        ProfileDocument.CycleJson.class})
            JsonNode proposed) {
    }

    /** An advisor's decline, with an optional note for the applicant. */
    record Decline(String note) {
    }

    @PostMapping(path = "/api/v1/applicants/{id}/corrections", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> request(@PathVariable long id, @RequestBody NewRequest body) {
        List<ApiProblems.Problem> problems = new ArrayList<>();
        EntryRequestKind kind = null;
        if (body.kind() == null || body.kind().isBlank()) {
            problems.add(new ApiProblems.Problem("kind", "is required: CHANGE or REMOVE"));
        } else {
            try {
                kind = EntryRequestKind.valueOf(body.kind().trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(new ApiProblems.Problem("kind", "must be CHANGE or REMOVE, was \"" + body.kind() + "\""));
            }
        }
        Object proposed = null;
        Matcher item = ITEM.matcher(body.item() == null ? "" : body.item());
        if (body.proposed() != null && !body.proposed().isNull()) {
            if (!item.matches()) {
                problems.add(new ApiProblems.Problem("item", "name the entry like exams[0]"));
            } else {
                proposed = entry(item.group(1), body.proposed(), problems);
            }
        }
        if (!problems.isEmpty()) {
            return invalid(problems);
        }
        CorrectionResult result = corrections.requestCorrection(id, body.item(), kind, body.reason(), proposed);
        if (result instanceof CorrectionResult.Done done) {
            return ResponseEntity.created(URI.create("/api/v1/applicants/" + id + "/corrections")).body(done.request());
        }
        return answer(result, HttpStatus.CREATED);
    }

    @GetMapping("/api/v1/applicants/{id}/corrections")
    List<CorrectionView> ofApplicant(@PathVariable long id) {
        return corrections.requests(id);
    }

    @PostMapping("/api/v1/applicants/{id}/corrections/{requestId}/withdraw")
    ResponseEntity<?> withdraw(@PathVariable long id, @PathVariable long requestId) {
        return answer(corrections.withdraw(id, requestId), HttpStatus.OK);
    }

    @GetMapping("/api/v1/corrections")
    CorrectionPage open(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return corrections.open(page, size);
    }

    @PostMapping("/api/v1/corrections/{requestId}/accept")
    ResponseEntity<?> accept(@PathVariable long requestId) {
        return answer(corrections.accept(requestId), HttpStatus.OK);
    }

    @PostMapping("/api/v1/corrections/{requestId}/decline")
    ResponseEntity<?> decline(@PathVariable long requestId, @RequestBody(required = false) Decline body) {
        return answer(corrections.decline(requestId, body == null ? null : body.note()), HttpStatus.OK);
    }

    @PostMapping("/api/v1/corrections/{requestId}/acknowledge")
    ResponseEntity<?> acknowledge(@PathVariable long requestId) {
        return answer(corrections.acknowledge(requestId), HttpStatus.OK);
    }

    /**
     * The proposed entry of list {@code section}, read and checked by the profile reader (every problem, with its path
     * under {@code proposed}). A letter's {@code linkedExperience} points into the record's own experiences, so it is
     * read here and checked against the record by the service.
     */
    private Object entry(String section, JsonNode node, List<ApiProblems.Problem> problems) {
        if (!node.isObject()) {
            problems.add(new ApiProblems.Problem("proposed", "must be a JSON object"));
            return null;
        }
        ObjectNode copy = (ObjectNode) node.deepCopy();
        Integer linked = null;
        if ("letters".equals(section) && copy.has("linkedExperience") && !copy.get("linkedExperience").isNull()) {
            JsonNode value = copy.remove("linkedExperience");
            if (!value.canConvertToInt() || value.asInt() < 0 || !value.isIntegralNumber()) {
                problems.add(new ApiProblems.Problem("proposed.linkedExperience", "must be a whole number from 0"));
                return null;
            }
            linked = value.asInt();
        }
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        ObjectNode profile = nodes.objectNode();
        profile.put("externalId", "proposed");
        profile.putObject("name").put("given", "proposed").put("family", "proposed");
        profile.put("applicantType", "US_MD");
        profile.put("matriculationDate", "2000-01-01");
        profile.put("graduationDate", "2000-01-01");
        profile.putArray(section).add(copy);
        String prefix = section + "[0]";
        return switch (profiles.read(profile)) {
            case ProfileRead.Invalid bad -> {
                bad.problems().forEach(p -> problems.add(new ApiProblems.Problem(p.path().startsWith(prefix)
                        ? "proposed" + p.path().substring(prefix.length()) : "item", p.path().startsWith(prefix)
                        ? p.reason() : "names no list an entry can be corrected in")));
                yield null;
            }
            case ProfileRead.Valid valid -> {
                Object entry = first(valid.profile(), section);
                if (entry instanceof Letter l && linked != null) {
                    entry = new Letter(l.writer(), l.specialty(), l.us(), l.academic(), l.status(), l.strength(), l.date(),
                            l.waived(), l.dueDate(), linked);
                }
                if (entry == null) {
                    problems.add(new ApiProblems.Problem("item", "names no list an entry can be corrected in"));
                }
                yield entry;
            }
        };
    }

    private static Object first(ApplicantProfile p, String section) {
        List<?> list = switch (section) {
            case "exams" -> p.exams();
            case "practiceAssessments" -> p.practiceAssessments();
            case "clinicalExperiences" -> p.clinicalExperiences();
            case "letters" -> p.letters();
            case "timeline" -> p.timeline();
            case "academicEvents" -> p.academicEvents();
            case "cycles" -> p.cycles();
            default -> List.of();
        };
        return list.isEmpty() ? null : list.getFirst();
    }

    private static ResponseEntity<?> answer(CorrectionResult result, HttpStatus ok) {
        return switch (result) {
            case CorrectionResult.Done done -> ResponseEntity.status(ok).body(done.request());
            case CorrectionResult.Refused r -> ApiProblems.response(switch (r.code()) {
                case "unknown_request" -> HttpStatus.NOT_FOUND;
                case "request_open", "request_closed" -> HttpStatus.CONFLICT;
                default -> HttpStatus.UNPROCESSABLE_CONTENT;
            }, r.code(), r.message());
        };
    }

    private static ResponseEntity<ProblemDetail> invalid(List<ApiProblems.Problem> problems) {
        return ApiProblems.response(ApiProblems.invalid(problems));
    }

    @ExceptionHandler(ApplicantNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(ApplicantNotFoundException e) {
        return ApiProblems.response(HttpStatus.NOT_FOUND, "not_found", e.getMessage());
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> concurrentChange(OptimisticLockingFailureException e) {
        return ApiProblems.response(HttpStatus.CONFLICT, "request_closed",
                "Someone answered this request at the same moment; load it again.");
    }
}
