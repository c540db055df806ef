package org.matchwise.apitoken.api;

import java.util.List;
import java.util.Locale;
import org.matchwise.apitoken.ApiTokenService;
import org.matchwise.apitoken.ApiTokenViews.CreatedToken;
import org.matchwise.apitoken.ApiTokenViews.Result;
import org.matchwise.apitoken.ApiTokenViews.TokenSettings;
import org.matchwise.apitoken.ApiTokenViews.TokenSummary;
import org.matchwise.base.api.ApiProblems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Personal API tokens:
 * <ul>
 *   <li>{@code POST /api/v1/me/tokens} {@code {"name", "expiresInDays"}} -> 201 {@code {"id", "name", "token",
 *       "expiresAt"}}, the secret shown this once; {@code GET /api/v1/me/tokens} (never the secret, with
 *       {@code lastUsedAt}); {@code DELETE /api/v1/me/tokens/{id}} -> 204;</li>
 *   <li>admins: {@code GET /api/v1/tokens} (every token of the school), {@code DELETE /api/v1/tokens/{id}};</li>
 *   <li>{@code GET /api/v1/token-settings} (everyone), {@code PUT /api/v1/token-settings} (admins)
 *       {@code {"maxLifetimeDays", "applicantsMayHaveTokens"}}.</li>
 * </ul>
 */
@RestController
class ApiTokenController {

    record CreateRequest(String name, Integer expiresInDays) {
    }

    record SettingsRequest(Integer maxLifetimeDays, Boolean applicantsMayHaveTokens) {
    }

    private final ApiTokenService tokens;

    ApiTokenController(ApiTokenService tokens) {
        this.tokens = tokens;
    }

    @PostMapping(path = "/api/v1/me/tokens", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> create(@RequestBody CreateRequest request) {
        return switch (tokens.create(request.name(), request.expiresInDays(), Locale.ENGLISH)) {
            case Result.Done<CreatedToken> done -> ResponseEntity.status(HttpStatus.CREATED)
                    .header(HttpHeaders.CACHE_CONTROL, "no-store").body(done.value());
            case Result.Refused<CreatedToken> refused -> problem(refused);
        };
    }

    @GetMapping("/api/v1/me/tokens")
    List<TokenSummary> mine() {
        return tokens.mine();
    }

    @DeleteMapping("/api/v1/me/tokens/{id}")
    ResponseEntity<?> revokeMine(@PathVariable long id) {
        return revoked(tokens.revokeMine(id, Locale.ENGLISH));
    }

    @GetMapping("/api/v1/tokens")
    List<TokenSummary> ofMySchool() {
        return tokens.ofMySchool();
    }

    @DeleteMapping("/api/v1/tokens/{id}")
    ResponseEntity<?> revoke(@PathVariable long id) {
        return revoked(tokens.revokeInMySchool(id, Locale.ENGLISH));
    }

    @GetMapping("/api/v1/token-settings")
    TokenSettings settings() {
        return tokens.settings();
    }

    @PutMapping(path = "/api/v1/token-settings", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> changeSettings(@RequestBody SettingsRequest request) {
        return switch (tokens.changeSettings(request.maxLifetimeDays(), request.applicantsMayHaveTokens(),
                Locale.ENGLISH)) {
            case Result.Done<TokenSettings> done -> ResponseEntity.ok(done.value());
            case Result.Refused<TokenSettings> refused -> problem(refused);
        };
    }

    private static ResponseEntity<?> revoked(Result<TokenSummary> result) {
        return switch (result) {
            case Result.Done<TokenSummary> done -> ResponseEntity.noContent().build();
            case Result.Refused<TokenSummary> refused -> problem(refused);
        };
    }

    private static ResponseEntity<?> problem(Result.Refused<?> refused) {
        HttpStatus status = switch (refused.code()) {
            case "not_found" -> HttpStatus.NOT_FOUND;
            case "not_allowed" -> HttpStatus.FORBIDDEN;
            default -> HttpStatus.BAD_REQUEST;
        };
        var problem = ApiProblems.of(status, refused.code(), refused.message());
        if (refused.field() != null) {
            problem = ApiProblems.withProblems(problem, List.of(new ApiProblems.Problem(refused.field(),
                    refused.message())));
        }
        return ApiProblems.response(problem);
    }
}
