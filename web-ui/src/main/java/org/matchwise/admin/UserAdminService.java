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
import org.matchwise.applicant.persistence.ApplicantSearch;
import org.matchwise.security.CurrentUser;
import org.matchwise.security.MatchwiseUser;
import org.matchwise.security.PasswordPolicy;
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
 * <p>Invitations: no one-time link mechanism is available here, so an invited advisor's account is created
 * deactivated and without a password; the admin gives it a temporary password (reset) and reactivates it.
 * A temporary password is generated, checked against {@link PasswordPolicy}, shown once and stored hashed.
 */
@Service
@Transactional
public class UserAdminService {

    private static final Logger log = LoggerFactory.getLogger(UserAdminService.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    /** No look-alike characters (0/O, 1/l/I), so a password read out over the phone survives. */
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    static final int TEMPORARY_LENGTH = 16;

    private final CurrentUser currentUser;
    private final UserRepository users;
    private final ApplicantRepository applicants;
    private final ApplicantService applicantService;
    private final AdminQueries queries;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final Clock clock;

    UserAdminService(CurrentUser currentUser, UserRepository users, ApplicantRepository applicants,
            ApplicantService applicantService, AdminQueries queries, PasswordPolicy policy, PasswordEncoder encoder,
            Clock clock) {
        this.currentUser = currentUser;
        this.users = users;
        this.applicants = applicants;
        this.applicantService = applicantService;
        this.queries = queries;
        this.policy = policy;
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
     * Creates an ADVISOR account in the caller's school, deactivated and without a password until the admin
     * sets a temporary one and reactivates it.
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
        UserEntity account = new UserEntity(admin.schoolId(), normalized, displayName.trim(), Role.ADVISOR,
                clock.instant());
        account.deactivate();
        users.saveAndFlush(account);
        log.info("admin {} invited advisor account {} in school {}", admin.id(), account.getId(), admin.schoolId());
        return new AccountResult.Done(view(account, clock.instant(), 0));
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

    /** Reactivates an account of the caller's school; one without a password needs a reset first. */
    @PreAuthorize("hasRole('ADMIN')")
    public AccountResult reactivate(long userId) {
        MatchwiseUser admin = currentUser.require();
        return ofMySchool(admin, userId).<AccountResult>map(u -> {
            if (u.getPasswordHash() == null) {
                return new AccountResult.Refused("no_password");
            }
            u.activate();
            users.flush();
            log.info("admin {} reactivated account {}", admin.id(), u.getId());
            return new AccountResult.Done(view(u));
        }).orElseGet(() -> new AccountResult.Refused("not_found"));
    }

    /**
     * Replaces the password of an account of the caller's school with a generated temporary one that passes the
     * password policy, and clears any lock. The caller's own password is changed elsewhere, not here.
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
        String password = temporaryPassword(u.getEmail());
        u.changePasswordHash(encoder.encode(password));
        users.flush();
        log.info("admin {} set a temporary password for account {}", admin.id(), u.getId());
        return new AccountResult.TemporaryPassword(view(u), password);
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

    private String temporaryPassword(String email) {
        while (true) {
            StringBuilder sb = new StringBuilder(TEMPORARY_LENGTH);
            for (int i = 0; i < TEMPORARY_LENGTH; i++) {
                sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
            String candidate = sb.toString();
            if (policy.isAcceptable(candidate, email)) {
                return candidate;
            }
        }
    }
}
