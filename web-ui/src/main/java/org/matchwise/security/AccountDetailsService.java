package org.matchwise.security;

import org.springframework.security.access.prepost.PreAuthorize;
import java.time.Clock;
import org.matchwise.security.persistence.UserEntity;
import org.matchwise.security.persistence.UserRepository;
import org.matchwise.sso.persistence.SchoolSsoRepository;
import org.matchwise.account.Role;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads accounts from the database for Spring Security's login. Where a school has switched local passwords off
 * for staff (single sign-on only, org.matchwise.sso), an advisor's or admin's account is loaded without its
 * password, so no password matches it, in the UI and over HTTP Basic alike, with the same answer as any wrong
 * password (the page never says which emails are staff).
 */
@Service
class AccountDetailsService implements UserDetailsService {

    private final UserRepository users;
    private final Clock clock;
    private final SchoolSsoRepository sso;

    AccountDetailsService(UserRepository users, Clock clock, SchoolSsoRepository sso) {
        this.users = users;
        this.clock = clock;
        this.sso = sso;
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
        // single sign-on only for staff: no password hash, so no password matches
        boolean passwordOff = user.getRole() != Role.APPLICANT && sso.passwordsOffForStaff(user.getSchoolId());
        return new MatchwiseUser(user.getId(), user.getSchoolId(), user.getEmail(), user.getDisplayName(),
                user.getRole(), passwordOff ? null : user.getPasswordHash(), user.isEnabled(),
                user.isLockedAt(clock.instant()), user.getFailedLogins() > 0 || user.getLockedUntil() != null,
                user.getCredentialsEpoch());
    }
}
