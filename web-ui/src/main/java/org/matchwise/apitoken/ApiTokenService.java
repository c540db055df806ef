package org.matchwise.apitoken;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.matchwise.account.Role;
import org.matchwise.apitoken.ApiTokenViews.CreatedToken;
import org.matchwise.apitoken.ApiTokenViews.Result;
import org.matchwise.apitoken.ApiTokenViews.Status;
import org.matchwise.apitoken.ApiTokenViews.TokenSettings;
import org.matchwise.apitoken.ApiTokenViews.TokenSummary;
import org.matchwise.apitoken.persistence.ApiTokenEntity;
import org.matchwise.apitoken.persistence.ApiTokenRepository;
import org.matchwise.base.i18n.FeatureBundlesI18NProvider;
import org.matchwise.school.persistence.SchoolEntity;
import org.matchwise.school.persistence.SchoolRepository;
import org.matchwise.security.ApiTokenAuthentication;
import org.matchwise.security.ApiTokenSecrets;
import org.matchwise.security.CurrentUser;
import org.matchwise.security.MatchwiseUser;
import org.matchwise.security.persistence.UserEntity;
import org.matchwise.security.persistence.UserRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens: every signed-in user creates, lists and revokes their own; an admin lists and revokes every
 * token of their school and sets the school's maximum lifetime and whether applicants may have tokens. A token's
 * secret is generated here ({@link ApiTokenSecrets}), returned once and never stored; only its SHA-256 is.
 *
 * <p>A token is created by someone signed in with their password (HTTP Basic or the app), never with another token,
 * so a leaked token cannot make itself a successor that outlives its revocation.
 */
@Service
@Transactional
public class ApiTokenService {

    private static final Logger log = LoggerFactory.getLogger(ApiTokenService.class);
    static final int MAX_NAME = 100;
    static final int MAX_LIFETIME_DAYS = 3650;

    private final CurrentUser currentUser;
    private final SecurityContextHolderStrategy contexts;
    private final ApiTokenRepository tokens;
    private final UserRepository users;
    private final SchoolRepository schools;
    private final FeatureBundlesI18NProvider text;
    private final Clock clock;

    ApiTokenService(CurrentUser currentUser, ObjectProvider<SecurityContextHolderStrategy> contexts,
            ApiTokenRepository tokens, UserRepository users, SchoolRepository schools, FeatureBundlesI18NProvider text,
            Clock clock) {
        this.currentUser = currentUser;
        this.contexts = contexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        this.tokens = tokens;
        this.users = users;
        this.schools = schools;
        this.text = text;
        this.clock = clock;
    }

    /** Creates a token for the caller, valid for {@code expiresInDays} days (1 to the school's maximum). */
    @PreAuthorize("isAuthenticated()")
    public Result<CreatedToken> create(String name, Integer expiresInDays, Locale locale) {
        MatchwiseUser me = currentUser.require();
        SchoolEntity school = school(me);
        if (contexts.getContext().getAuthentication() instanceof ApiTokenAuthentication) {
            return refused("not_allowed", null, "apitoken.refused.byToken", locale);
        }
        if (me.is(Role.APPLICANT) && !school.isApiTokensForApplicants()) {
            return refused("not_allowed", null, "apitoken.refused.applicants", locale);
        }
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_NAME || trimmed.chars().anyMatch(Character::isISOControl)) {
            return refused("invalid_name", "name", "apitoken.refused.name", locale, MAX_NAME);
        }
        int max = school.getApiTokenMaxDays();
        if (expiresInDays == null || expiresInDays < 1 || expiresInDays > max) {
            return refused("invalid_lifetime", "expiresInDays", "apitoken.refused.lifetime", locale, max);
        }
        UserEntity owner = users.findById(me.id()).orElseThrow();
        String secret = ApiTokenSecrets.generate();
        Instant now = clock.instant();
        ApiTokenEntity token = tokens.saveAndFlush(new ApiTokenEntity(me.schoolId(), me.id(), trimmed,
                ApiTokenSecrets.hash(secret), ApiTokenSecrets.hint(secret), owner.getCredentialsEpoch(), now,
                now.plus(Duration.ofDays(expiresInDays))));
        log.info("account {} created API token {} valid until {}", me.id(), token.getId(), token.getExpiresAt());
        return new Result.Done<>(new CreatedToken(token.getId(), token.getName(), secret, token.getExpiresAt()));
    }

    /** The caller's tokens, newest first (never the secret). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<TokenSummary> mine() {
        MatchwiseUser me = currentUser.require();
        UserEntity owner = users.findById(me.id()).orElseThrow();
        Map<Long, UserEntity> owners = Map.of(owner.getId(), owner);
        Instant now = clock.instant();
        return tokens.findByUserIdOrderByCreatedAtDescIdDesc(me.id()).stream().map(t -> summary(t, owners, now)).toList();
    }

    /** Revokes one of the caller's own tokens; another user's token is "not found". */
    @PreAuthorize("isAuthenticated()")
    public Result<TokenSummary> revokeMine(long tokenId, Locale locale) {
        MatchwiseUser me = currentUser.require();
        return tokens.findByIdAndSchoolId(tokenId, me.schoolId()).filter(t -> t.getUserId() == me.id())
                .map(t -> revoke(me, t)).orElseGet(() -> refused("not_found", null, "apitoken.refused.notFound", locale));
    }

    /** Every token of the admin's school, newest first, with its owner. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<TokenSummary> ofMySchool() {
        MatchwiseUser admin = currentUser.require();
        Map<Long, UserEntity> owners = new HashMap<>();
        users.findBySchoolIdOrderByDisplayName(admin.schoolId()).forEach(u -> owners.put(u.getId(), u));
        Instant now = clock.instant();
        return tokens.findBySchoolIdOrderByCreatedAtDescIdDesc(admin.schoolId()).stream()
                .map(t -> summary(t, owners, now)).toList();
    }

    /** Revokes any token of the admin's school; a token of another school is "not found". */
    @PreAuthorize("hasRole('ADMIN')")
    public Result<TokenSummary> revokeInMySchool(long tokenId, Locale locale) {
        MatchwiseUser admin = currentUser.require();
        return tokens.findByIdAndSchoolId(tokenId, admin.schoolId()).map(t -> revoke(admin, t))
                .orElseGet(() -> refused("not_found", null, "apitoken.refused.notFound", locale));
    }

    /** The caller's school's token settings (everyone may read them: the screen shows the maximum lifetime). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public TokenSettings settings() {
        SchoolEntity school = school(currentUser.require());
        return new TokenSettings(school.getApiTokenMaxDays(), school.isApiTokensForApplicants());
    }

    /** Changes the admin's school's token settings. Existing tokens keep their expiry; applicants' stop at once when off. */
    @PreAuthorize("hasRole('ADMIN')")
    public Result<TokenSettings> changeSettings(Integer maxLifetimeDays, Boolean applicantsMayHaveTokens, Locale locale) {
        MatchwiseUser admin = currentUser.require();
        if (maxLifetimeDays == null || maxLifetimeDays < 1 || maxLifetimeDays > MAX_LIFETIME_DAYS) {
            return refused("invalid_lifetime", "maxLifetimeDays", "apitoken.refused.maxLifetime", locale,
                    MAX_LIFETIME_DAYS);
        }
        SchoolEntity school = school(admin);
        school.changeTokenSettings(maxLifetimeDays, Boolean.TRUE.equals(applicantsMayHaveTokens));
        schools.flush();
        log.info("admin {} set the API token settings of school {}: at most {} days, applicants {}", admin.id(),
                admin.schoolId(), maxLifetimeDays, school.isApiTokensForApplicants());
        return new Result.Done<>(new TokenSettings(school.getApiTokenMaxDays(), school.isApiTokensForApplicants()));
    }

    private Result<TokenSummary> revoke(MatchwiseUser by, ApiTokenEntity token) {
        token.revoke(clock.instant(), by.id());
        tokens.flush();
        log.info("account {} revoked API token {} of account {}", by.id(), token.getId(), token.getUserId());
        UserEntity owner = users.findById(token.getUserId()).orElseThrow();
        return new Result.Done<>(summary(token, Map.of(owner.getId(), owner), clock.instant()));
    }

    private SchoolEntity school(MatchwiseUser user) {
        return schools.findById(user.schoolId()).orElseThrow();
    }

    private static TokenSummary summary(ApiTokenEntity t, Map<Long, UserEntity> owners, Instant now) {
        UserEntity owner = owners.get(t.getUserId());
        Status status;
        if (t.getRevokedAt() != null) {
            status = Status.REVOKED;
        } else if (!t.getExpiresAt().isAfter(now)) {
            status = Status.EXPIRED;
        } else if (owner == null || !owner.isEnabled() || owner.getCredentialsEpoch() != t.getUserEpoch()) {
            status = Status.ENDED;
        } else {
            status = Status.ACTIVE;
        }
        return new TokenSummary(t.getId(), t.getName(), t.getHint() + "…", t.getCreatedAt(), t.getExpiresAt(),
                t.getLastUsedAt(), t.getRevokedAt(), status, t.getUserId(), owner == null ? null : owner.getEmail());
    }

    private <T> Result<T> refused(String code, String field, String key, Locale locale, Object... params) {
        return new Result.Refused<>(code, field, text.getTranslation(key, locale, params));
    }
}
