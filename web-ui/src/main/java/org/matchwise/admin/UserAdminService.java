package org.matchwise.admin;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.matchwise.account.Role;
import org.matchwise.admin.AdminViews.AccountResult;
import org.matchwise.admin.AdminViews.AdminUser;
import org.matchwise.admin.AdminViews.CaseloadChoice;
import org.matchwise.admin.persistence.AdminQueries;
import org.matchwise.applicant.ApplicantService;
import org.matchwise.applicant.SaveResult;
import org.matchwise.applicant.persistence.ApplicantRepository;
import org.matchwise.invitation.InvitationService;
import org.matchwise.invitation.InvitationViews.InviteResult;
import org.matchwise.applicant.persistence.ApplicantSearch;
import org.matchwise.security.CurrentUser;
import org.matchwise.security.MatchwiseUser;
import org.matchwise.security.persistence.UserEntity;
import org.matchwise.security.persistence.UserRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The accounts of the admin's school: list, invite an advisor, deactivate and reactivate, reset a password,
 * and the caseload (which applicants an advisor works). An account of another school is "not found"; an admin
 * can never deactivate themselves, so a school always keeps the admin who is acting.
 *
 * <p>Invitations and resets use the one-time links of {@link InvitationService}: an invited advisor's account
 * is created without a password (it cannot sign in) and gets a link to choose one; a reset replaces the
 * password with an unknown random one, so the old one stops working at once, and mails a link to choose a
 * new one. Passwords chosen through a link pass {@code PasswordPolicy}.
 */
@Service
@Transactional
public class UserAdminService {

    private static final Logger log = LoggerFactory.getLogger(UserAdminService.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final CurrentUser currentUser;
    private final UserRepository users;
    private final ApplicantRepository applicants;
    private final ApplicantService applicantService;
    private final AdminQueries queries;
    private final InvitationService invitations;
    private final PasswordEncoder encoder;
    private final Clock clock;

    UserAdminService(CurrentUser currentUser, UserRepository users, ApplicantRepository applicants,
            ApplicantService applicantService, AdminQueries queries, InvitationService invitations,
            PasswordEncoder encoder, Clock clock) {
        this.currentUser = currentUser;
        this.users = users;
        this.applicants = applicants;
        this.applicantService = applicantService;
        this.queries = queries;
        this.invitations = invitations;
        this.encoder = encoder;
        this.clock = clock;
    }

    /** Every account of the caller's school, by name. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<AdminUser> users() {
        MatchwiseUser admin = currentUser.require();
        Map<Long, Integer> caseloads = caseloadSizes(admin.schoolId());
        Instant now = clock.instant();
        return users.findBySchoolIdOrderByDisplayName(admin.schoolId()).stream()
                .map(u -> view(u, now, caseloads.getOrDefault(u.getId(), 0))).toList();
    }

    /**
     * Creates an ADVISOR account in the caller's school without a password and mails it a one-time link to
     * choose one. If the mail fails the account stays, and "reset password" sends the link again.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public AccountResult inviteAdvisor(String email, String displayName) {
        MatchwiseUser admin = currentUser.require();
        if (email == null || email.length() > 320 || !email.trim().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            return new AccountResult.Refused("invalid_email");
        }
        if (displayName == null || displayName.isBlank() || displayName.trim().length() > 200) {
            return new AccountResult.Refused("invalid_name");
        }
        String normalized = UserEntity.normalizeEmail(email);
        if (users.findByEmail(normalized).isPresent()) {
            return new AccountResult.Refused("email_in_use");
        }
        UserEntity account = users.saveAndFlush(new UserEntity(admin.schoolId(), normalized, displayName.trim(),
                Role.ADVISOR, clock.instant()));
        log.info("admin {} invited advisor account {} in school {}", admin.id(), account.getId(), admin.schoolId());
        return sendLink(account, "admin.mail.invite.subject", "admin.mail.invite.body");
    }

    /** Deactivates an account of the caller's school; never the caller's own. */
    @PreAuthorize("hasRole('ADMIN')")
    public AccountResult deactivate(long userId) {
        MatchwiseUser admin = currentUser.require();
        if (userId == admin.id()) {
            return new AccountResult.Refused("self");
        }
        return ofMySchool(admin, userId).<AccountResult>map(u -> {
            u.deactivate();
            users.flush();
            log.info("admin {} deactivated account {}", admin.id(), u.getId());
            return new AccountResult.Done(view(u));
        }).orElseGet(() -> new AccountResult.Refused("not_found"));
    }

    /**
     * Gives a staff account of the caller's school another staff role (ADVISOR or ADMIN); never the caller's own, and
     * never to or from APPLICANT (an applicant account is tied to its record). The account's sessions and API tokens
     * end on every node at their next request (they carry the old role).
     */
    @PreAuthorize("hasRole('ADMIN')")
    public AccountResult changeRole(long userId, Role role) {
        MatchwiseUser admin = currentUser.require();
        if (userId == admin.id()) {
            return new AccountResult.Refused("self");
        }
        if (role == null || role == Role.APPLICANT) {
            return new AccountResult.Refused("not_an_advisor");
        }
        return ofMySchool(admin, userId).<AccountResult>map(u -> {
            if (u.getRole() == Role.APPLICANT) {
                return new AccountResult.Refused("not_an_advisor");
            }
            u.changeRole(role);
            users.flush();
            log.info("admin {} made account {} {}", admin.id(), u.getId(), role);
            return new AccountResult.Done(view(u));
        }).orElseGet(() -> new AccountResult.Refused("not_found"));
    }

    /** Reactivates an account of the caller's school. */
    @PreAuthorize("hasRole('ADMIN')")
    public AccountResult reactivate(long userId) {
        MatchwiseUser admin = currentUser.require();
        return ofMySchool(admin, userId).<AccountResult>map(u -> {
            u.activate();
            users.flush();
            log.info("admin {} reactivated account {}", admin.id(), u.getId());
            return new AccountResult.Done(view(u));
        }).orElseGet(() -> new AccountResult.Refused("not_found"));
    }

    /**
     * Forces a new password on an active account of the caller's school: the current password stops working at
     * once (replaced by an unknown random one) and a one-time link to choose a new one goes to the account's
     * email. For an invited account that has no password yet, the invitation link is sent again. The caller's
     * own password is changed through "forgot password", not here.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public AccountResult resetPassword(long userId) {
        MatchwiseUser admin = currentUser.require();
        if (userId == admin.id()) {
            return new AccountResult.Refused("self_reset");
        }
        Optional<UserEntity> found = ofMySchool(admin, userId);
        if (found.isEmpty()) {
            return new AccountResult.Refused("not_found");
        }
        UserEntity u = found.get();
        if (!u.isEnabled()) {
            return new AccountResult.Refused("inactive");
        }
        if (u.getPasswordHash() == null) {
            return sendLink(u, "admin.mail.invite.subject", "admin.mail.invite.body");
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        u.changePasswordHash(encoder.encode(java.util.HexFormat.of().formatHex(secret)));
        users.flush();
        log.info("admin {} reset the password of account {}", admin.id(), u.getId());
        return sendLink(u, "admin.mail.reset.subject", "admin.mail.reset.body");
    }

    private AccountResult sendLink(UserEntity account, String subjectKey, String bodyKey) {
        return switch (invitations.sendAccountLink(account.getId(), subjectKey, bodyKey)) {
            case InviteResult.Sent sent -> new AccountResult.LinkSent(view(account), sent.expiresAt());
            case InviteResult.Refused refused -> new AccountResult.Refused(refused.code());
        };
    }

    /** The school's applicants, for the caseload picker, by name. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<CaseloadChoice> caseloadChoices() {
        MatchwiseUser admin = currentUser.require();
        return applicants.findAll(new ApplicantSearch(admin.schoolId(), null, null, null, null).toSpecification(),
                        Sort.by("familyName", "givenName", "id")).stream()
                .map(a -> new CaseloadChoice(a.getId(), a.getExternalId(), a.getGivenName() + " " + a.getFamilyName(),
                        a.getMatchYear()))
                .toList();
    }

    /** The ids of the applicants assigned to an account of the caller's school (empty for an unknown one). */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Set<Long> caseloadOf(long advisorId) {
        MatchwiseUser admin = currentUser.require();
        if (ofMySchool(admin, advisorId).isEmpty()) {
            return Set.of();
        }
        Set<Long> ids = new TreeSet<>();
        applicants.findAll(new ApplicantSearch(admin.schoolId(), null, null, advisorId, null).toSpecification())
                .forEach(a -> ids.add(a.getId()));
        return Set.copyOf(ids);
    }

    /**
     * Makes {@code applicantIds} the caseload of an advisor (or admin) of the caller's school: new ones are
     * assigned through {@link ApplicantService#assignAdvisor}, ones left out are unassigned. Co-advisors of an
     * applicant keep their assignment.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public AccountResult assignCaseload(long advisorId, Set<Long> applicantIds) {
        MatchwiseUser admin = currentUser.require();
        Optional<UserEntity> advisor = ofMySchool(admin, advisorId);
        if (advisor.isEmpty()) {
            return new AccountResult.Refused("not_found");
        }
        if (advisor.get().getRole() == Role.APPLICANT) {
            return new AccountResult.Refused("not_an_advisor");
        }
        for (Long id : applicantIds) {
            if (applicants.findByIdAndSchoolId(id, admin.schoolId()).isEmpty()) {
                return new AccountResult.Refused("unknown_applicant");
            }
        }
        Set<Long> current = caseloadOf(advisorId);
        for (Long id : applicantIds) {
            if (!current.contains(id)) {
                SaveResult result = applicantService.assignAdvisor(id, advisor.get().getEmail());
                if (result instanceof SaveResult.Rejected) {
                    return new AccountResult.Refused("not_an_advisor");
                }
            }
        }
        for (Long id : current) {
            if (!applicantIds.contains(id)) {
                applicants.findForChange(id, admin.schoolId()).ifPresent(a -> a.unassignAdvisor(advisorId));
            }
        }
        applicants.flush();
        log.info("admin {} set the caseload of {} to {} applicants", admin.id(), advisorId, applicantIds.size());
        return new AccountResult.Done(view(advisor.get(), clock.instant(), applicantIds.size()));
    }

    private Optional<UserEntity> ofMySchool(MatchwiseUser admin, long userId) {
        return users.findByIdAndSchoolId(userId, admin.schoolId());
    }

    private Map<Long, Integer> caseloadSizes(long schoolId) {
        Map<Long, Integer> sizes = new HashMap<>();
        for (Object[] row : queries.caseloadSizes(schoolId)) {
            sizes.put(((Number) row[0]).longValue(), ((Number) row[1]).intValue());
        }
        return sizes;
    }

    private AdminUser view(UserEntity u) {
        return view(u, clock.instant(), caseloadSizes(u.getSchoolId()).getOrDefault(u.getId(), 0));
    }

    private static AdminUser view(UserEntity u, Instant now, int caseload) {
        return new AdminUser(u.getId(), u.getEmail(), u.getDisplayName(), u.getRole(), u.isEnabled(), u.isLockedAt(now),
                u.getPasswordHash() == null, caseload);
    }

}
