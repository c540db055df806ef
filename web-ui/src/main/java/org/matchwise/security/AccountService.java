package org.matchwise.security;

import java.util.List;
import org.matchwise.school.persistence.SchoolRepository;
import org.matchwise.account.Role;
import org.matchwise.security.persistence.UserRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts as the signed-in user may see them: who am I, and (for admins) who works in my school. */
@Service
@Transactional(readOnly = true)
public class AccountService {

    /** The caller as the API and the UI show them. */
    public record Me(String email, String displayName, Role role, String school) {
    }

    /** One account of the caller's school, as the admin user list shows it. */
    public record UserSummary(long id, String email, String displayName, Role role, boolean enabled, boolean locked) {
    }

    private final CurrentUser currentUser;
    private final UserRepository users;
    private final SchoolRepository schools;
    private final java.time.Clock clock;

    AccountService(CurrentUser currentUser, UserRepository users, SchoolRepository schools, java.time.Clock clock) {
        this.currentUser = currentUser;
        this.users = users;
        this.schools = schools;
        this.clock = clock;
    }

    @PreAuthorize("isAuthenticated()")
    public Me me() {
        MatchwiseUser user = currentUser.require();
        String school = schools.findById(user.schoolId()).map(s -> s.getName()).orElse("?");
        return new Me(user.email(), user.displayName(), user.role(), school);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public List<UserSummary> usersOfMySchool() {
        MatchwiseUser admin = currentUser.require();
        var now = clock.instant();
        return users.findBySchoolIdOrderByDisplayName(admin.schoolId()).stream()
                .map(u -> new UserSummary(u.getId(), u.getEmail(), u.getDisplayName(), u.getRole(), u.isEnabled(),
                        u.isLockedAt(now)))
                .toList();
    }
}
