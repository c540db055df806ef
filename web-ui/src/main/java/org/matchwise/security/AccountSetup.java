package org.matchwise.security;

import org.springframework.security.access.prepost.PreAuthorize;
import java.time.Clock;
import java.util.List;
import org.matchwise.school.persistence.SchoolEntity;
import org.matchwise.school.persistence.SchoolRepository;
import org.matchwise.account.Role;
import org.matchwise.security.persistence.UserEntity;
import org.matchwise.security.persistence.UserRepository;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates schools and accounts at installation time (bootstrap admin, demo data); not reachable from the UI. */
// Callers run before anyone can sign in (BootstrapAdmin, the demo loader at startup); no view, endpoint or job
// reaches this class, which ArchitectureTest keeps true by allowing only the security and demo packages to use it.
@PreAuthorize("permitAll()")
@Service
public class AccountSetup {

    /** An account to create with its clear-text password (hashed before it is stored). */
    public record NewAccount(String email, String displayName, Role role, String password) {
    }

    private final SchoolRepository schools;
    private final UserRepository users;
    private final PasswordEncoder encoder;
    private final Clock clock;

    AccountSetup(SchoolRepository schools, UserRepository users, PasswordEncoder encoder, Clock clock) {
        this.schools = schools;
        this.users = users;
        this.encoder = encoder;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public boolean hasAnyUser() {
        return users.count() > 0;
    }

    @Transactional(readOnly = true)
    public boolean schoolExists(String name) {
        return schools.findByName(name).isPresent();
    }

    @Transactional(readOnly = true)
    public boolean accountExists(String email) {
        return users.findByEmail(UserEntity.normalizeEmail(email)).isPresent();
    }

    /** Creates the school (or reuses the one of that name) and the accounts; returns the school's id. */
    @Transactional
    public long createSchoolWithAccounts(String schoolName, List<NewAccount> accounts) {
        SchoolEntity school = schools.findByName(schoolName)
                .orElseGet(() -> schools.save(new SchoolEntity(schoolName, clock.instant())));
        // one hash per distinct password in the call (each is a deliberately slow bcrypt): the generator gives
        // hundreds of load-test accounts the same password
        java.util.Map<String, String> hashes = new java.util.HashMap<>();
        for (NewAccount account : accounts) {
            UserEntity user = new UserEntity(school.getId(), account.email(), account.displayName(), account.role(),
                    clock.instant());
            user.changePasswordHash(hashes.computeIfAbsent(account.password(), encoder::encode));
            users.save(user);
        }
        return school.getId();
    }
}
