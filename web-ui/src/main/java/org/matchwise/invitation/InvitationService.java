package org.matchwise.invitation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.matchwise.account.Role;
import org.matchwise.applicant.ApplicantNotFoundException;
import org.matchwise.applicant.persistence.ApplicantEntity;
import org.matchwise.applicant.persistence.ApplicantRepository;
import org.matchwise.base.BaseUrl;
import org.matchwise.invitation.InvitationViews.InvitationState;
import org.matchwise.invitation.InvitationViews.InvitationView;
import org.matchwise.invitation.InvitationViews.InviteResult;
import org.matchwise.invitation.InvitationViews.LinkState;
import org.matchwise.invitation.InvitationViews.PasswordResult;
import org.matchwise.invitation.persistence.AccountTokenEntity;
import org.matchwise.invitation.persistence.AccountTokenRepository;
import org.matchwise.invitation.persistence.TokenPurpose;
import org.matchwise.school.persistence.SchoolRepository;
import org.matchwise.security.CurrentUser;
import org.matchwise.security.MatchwiseUser;
import org.matchwise.security.PasswordPolicy;
import org.matchwise.security.persistence.UserEntity;
import org.matchwise.security.persistence.UserRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitations and password resets. An advisor or admin invites the applicant of a record by email: the
 * applicant account is created without a password and linked to the record, and a one-time link goes out by
 * mail. The link sets a password once, within {@link MailSettings#linkValidity()} (48 hours), and stops
 * working when a newer link is sent. Only a SHA-256 hash of each token is stored: tokens carry 256 random
 * bits, so a fast hash is enough and the table alone never yields a working link. A reset request answers
 * the same whether or not the email has an account, and no mail is sent on the request's thread: each goes out
 * after the transaction commits, from the account-mail thread ({@link AccountMail}), so the answer's timing does
 * not tell either.
 */
@Service
@Transactional
public class InvitationService {

    static final String SET_PASSWORD_PATH = "/account/password";
    /** A second reset mail for the same account within this time is not sent (mail flooding). */
    static final Duration RESET_COOLDOWN = Duration.ofMinutes(2);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final CurrentUser currentUser;
    private final UserRepository users;
    private final SchoolRepository schools;
    private final ApplicantRepository applicants;
    private final AccountTokenRepository tokens;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final ApplicationEventPublisher events;
    private final MailSettings settings;
    private final BaseUrl baseUrl;
    private final Clock clock;

    InvitationService(CurrentUser currentUser, UserRepository users, SchoolRepository schools,
            ApplicantRepository applicants, AccountTokenRepository tokens, PasswordPolicy policy,
            PasswordEncoder encoder, ApplicationEventPublisher events, MailSettings settings, BaseUrl baseUrl,
            Clock clock) {
        this.currentUser = currentUser;
        this.users = users;
        this.schools = schools;
        this.applicants = applicants;
        this.tokens = tokens;
        this.policy = policy;
        this.encoder = encoder;
        this.events = events;
        this.settings = settings;
        this.baseUrl = baseUrl;
        this.clock = clock;
    }

    /**
     * Invites the applicant of record {@code applicantId} (of the caller's school) at {@code email}: creates
     * the applicant account if needed, links it to the record and mails a one-time link to set a password.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'ADVISOR')")
    public InviteResult invite(long applicantId, String email) {
        MatchwiseUser caller = currentUser.require();
        ApplicantEntity record = applicants.findByIdAndSchoolId(applicantId, caller.schoolId())
                .orElseThrow(() -> new ApplicantNotFoundException(applicantId));
        if (email == null || !email.trim().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") || email.length() > 320) {
            return new InviteResult.Refused("invalid_email");
        }
        String normalized = UserEntity.normalizeEmail(email);
        Optional<UserEntity> existing = users.findByEmail(normalized);
        if (existing.isPresent() && (!existing.get().getSchoolId().equals(caller.schoolId())
                || existing.get().getRole() != Role.APPLICANT)) {
            return new InviteResult.Refused("email_in_use");
        }
        if (existing.isPresent() && existing.get().getPasswordHash() != null) {
            return new InviteResult.Refused("already_active");
        }
        if (record.getUserId() != null && existing.map(u -> !u.getId().equals(record.getUserId())).orElse(true)) {
            return new InviteResult.Refused("record_linked");
        }
        if (existing.isPresent()) {
            Optional<ApplicantEntity> linked = applicants.findByUserId(existing.get().getId());
            if (linked.isPresent() && !linked.get().getId().equals(record.getId())) {
                return new InviteResult.Refused("account_in_use");
            }
        }
        Instant now = clock.instant();
        UserEntity account = existing.orElseGet(() -> users.saveAndFlush(new UserEntity(caller.schoolId(), normalized,
                record.getGivenName() + " " + record.getFamilyName(), Role.APPLICANT, now)));
        if (record.getUserId() == null) {
            record.linkUser(account.getId());
            applicants.flush();
        }
        String token = issue(account, TokenPurpose.INVITATION, caller.id(), now);
        Instant expires = now.plus(settings.linkValidity());
        events.publishEvent(AccountMailRequested.of("invite", account.getEmail(), account.getDisplayName(),
                schoolName(caller.schoolId()), link(baseUrl.ofRequest(), token)));
        return new InviteResult.Sent(account.getEmail(), expires);
    }

    /** The caller's school's invitations, newest first (at most 200). */
    @PreAuthorize("hasAnyRole('ADMIN', 'ADVISOR')")
    @Transactional(readOnly = true)
    public List<InvitationView> invitations() {
        MatchwiseUser caller = currentUser.require();
        Instant now = clock.instant();
        Map<Long, UserEntity> accounts = users.findBySchoolIdOrderByDisplayName(caller.schoolId()).stream()
                .collect(Collectors.toMap(UserEntity::getId, Function.identity()));
        return tokens.findTop200BySchoolIdAndPurposeOrderByCreatedAtDescIdDesc(caller.schoolId(), TokenPurpose.INVITATION)
                .stream().filter(t -> accounts.containsKey(t.getUserId()))
                .map(t -> new InvitationView(t.getId(), accounts.get(t.getUserId()).getEmail(),
                        accounts.get(t.getUserId()).getDisplayName(), t.getCreatedAt(), t.getExpiresAt(), state(t, now)))
                .toList();
    }

    /** Whether {@code token} still works; anyone may ask (the set-password page does, before sign-in). */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public LinkState check(String token) {
        return usable(token).<LinkState>map(t -> new LinkState.Usable(
                users.findById(t.getUserId()).map(UserEntity::getEmail).orElse(""),
                t.getPurpose() == TokenPurpose.INVITATION)).orElseGet(LinkState.Unusable::new);
    }

    /** Sets the password of the link's account if the link still works and the password passes the policy. */
    @PreAuthorize("permitAll()")
    public PasswordResult setPassword(String token, String password, String confirmation) {
        Optional<AccountTokenEntity> found = usable(token);
        if (found.isEmpty()) {
            return new PasswordResult.LinkUnusable();
        }
        Optional<UserEntity> account = users.findById(found.get().getUserId()).filter(UserEntity::isEnabled);
        if (account.isEmpty()) {
            return new PasswordResult.LinkUnusable();
        }
        if (password == null || !password.equals(confirmation)) {
            return new PasswordResult.Mismatch();
        }
        List<PasswordPolicy.Problem> problems = policy.check(password, account.get().getEmail());
        if (!problems.isEmpty()) {
            return new PasswordResult.Weak(problems);
        }
        account.get().changePasswordHash(encoder.encode(password));
        found.get().use(clock.instant());
        tokens.findByUserIdAndUsedAtIsNullAndRevokedFalse(account.get().getId()).forEach(AccountTokenEntity::revoke);
        users.flush();
        return new PasswordResult.Done(account.get().getEmail());
    }

    /**
     * Mails a reset link when {@code email} belongs to an active account; answers nothing either way, so the
     * caller learns nothing about which emails have accounts.
     */
    @PreAuthorize("permitAll()")
    public void requestReset(String email) {
        if (email == null || email.isBlank() || email.length() > 320) {
            return;
        }
        Optional<UserEntity> account = users.findByEmail(UserEntity.normalizeEmail(email)).filter(UserEntity::isEnabled);
        if (account.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        boolean recent = tokens.findByUserIdAndUsedAtIsNullAndRevokedFalse(account.get().getId()).stream()
                .anyMatch(t -> t.getPurpose() == TokenPurpose.PASSWORD_RESET
                        && t.getCreatedAt().isAfter(now.minus(RESET_COOLDOWN)));
        if (recent) {
            return;
        }
        String token = issue(account.get(), TokenPurpose.PASSWORD_RESET, null, now);
        events.publishEvent(AccountMailRequested.of("reset", account.get().getEmail(), account.get().getDisplayName(),
                // signed out: never the request's Host header, which anyone can forge to steal the token
                schoolName(account.get().getSchoolId()), link(baseUrl.fixed(), token)));
    }

    /**
     * Mails a one-time link for an active account of the caller's school on an admin's behalf (used by the admin
     * screens): an invitation when the account has no password yet, a reset otherwise. The caller words the mail
     * with its own message keys (arguments: name, school, link, hours of validity).
     */
    @PreAuthorize("hasRole('ADMIN')")
    public InviteResult sendAccountLink(long userId, String subjectKey, String bodyKey) {
        MatchwiseUser caller = currentUser.require();
        Optional<UserEntity> account = users.findByIdAndSchoolId(userId, caller.schoolId()).filter(UserEntity::isEnabled);
        if (account.isEmpty()) {
            return new InviteResult.Refused("not_found");
        }
        Instant now = clock.instant();
        TokenPurpose purpose = account.get().getPasswordHash() == null ? TokenPurpose.INVITATION
                : TokenPurpose.PASSWORD_RESET;
        String token = issue(account.get(), purpose, caller.id(), now);
        events.publishEvent(new AccountMailRequested(subjectKey, bodyKey, account.get().getEmail(),
                account.get().getDisplayName(), schoolName(caller.schoolId()), link(baseUrl.ofRequest(), token)));
        return new InviteResult.Sent(account.get().getEmail(), now.plus(settings.linkValidity()));
    }

    private String issue(UserEntity account, TokenPurpose purpose, Long by, Instant now) {
        tokens.findByUserIdAndUsedAtIsNullAndRevokedFalse(account.getId()).forEach(AccountTokenEntity::revoke);
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        tokens.saveAndFlush(new AccountTokenEntity(account.getId(), account.getSchoolId(), purpose, hash(token), now, by,
                now.plus(settings.linkValidity())));
        return token;
    }

    private Optional<AccountTokenEntity> usable(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return tokens.findByTokenHash(hash(token)).filter(t -> t.isUsableAt(clock.instant()));
    }

    private static String link(String base, String token) {
        return base + SET_PASSWORD_PATH + "?token=" + token;
    }

    private String schoolName(long schoolId) {
        return schools.findById(schoolId).map(s -> s.getName()).orElse("Matchwise");
    }

    private static InvitationState state(AccountTokenEntity t, Instant now) {
        if (t.getUsedAt() != null) {
            return InvitationState.ACCEPTED;
        }
        if (t.isRevoked()) {
            return InvitationState.REPLACED;
        }
        return now.isBefore(t.getExpiresAt()) ? InvitationState.PENDING : InvitationState.EXPIRED;
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
