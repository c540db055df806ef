package org.matchwise.security;

import org.springframework.security.access.prepost.PreAuthorize;
import java.time.Clock;
import org.matchwise.security.persistence.UserEntity;
import org.matchwise.security.persistence.UserRepository;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads accounts from the database for Spring Security's login. */
@Service
class AccountDetailsService implements UserDetailsService {

    private final UserRepository users;
    private final Clock clock;

    AccountDetailsService(UserRepository users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()") // Spring Security's sign-in, before anyone is signed in
    public UserDetails loadUserByUsername(String username) {
        if (username == null || username.isBlank()) {
            throw new UsernameNotFoundException("no account");
        }
        UserEntity user = users.findByEmail(UserEntity.normalizeEmail(username))
                .orElseThrow(() -> new UsernameNotFoundException("no account"));
        return new MatchwiseUser(user.getId(), user.getSchoolId(), user.getEmail(), user.getDisplayName(),
                user.getRole(), user.getPasswordHash(), user.isEnabled(), user.isLockedAt(clock.instant()),
                user.getFailedLogins() > 0 || user.getLockedUntil() != null, user.getCredentialsEpoch());
    }
}
