package org.matchwise.security;

import java.time.Clock;
import org.matchwise.MatchwiseProperties;
import org.matchwise.security.persistence.UserEntity;
import org.matchwise.security.persistence.UserRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Limits password guessing per account: after {@code matchwise.login.max-failures} wrong passwords in a
 * row the account is locked for {@code matchwise.login.lock-duration}. An unknown email is not counted
 * (there is no account to lock), and the login page answers both cases with the same message. Each
 * update runs in its own short transaction so that a failed login never rolls back the count.
 */
@Component
class LoginAttempts {

    private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);

    private final UserRepository users;
    private final Clock clock;
    private final MatchwiseProperties.Login settings;

    LoginAttempts(UserRepository users, Clock clock, MatchwiseProperties properties) {
        this.users = users;
        this.clock = clock;
        this.settings = properties.login();
    }

    @EventListener
    public void onBadCredentials(AuthenticationFailureBadCredentialsEvent event) {
        String name = event.getAuthentication().getName();
        if (name == null || name.isBlank()) {
            return;
        }
        users.findByEmail(UserEntity.normalizeEmail(name)).ifPresent(user -> {
            user.recordFailedLogin(settings.maxFailures(), clock.instant().plus(settings.lockDuration()));
            if (user.isLockedAt(clock.instant())) {
                log.warn("Account {} locked until {} after {} failed logins", user.getId(), user.getLockedUntil(),
                        settings.maxFailures());
            }
            saveIgnoringRace(user);
        });
    }

    @EventListener
    public void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof MatchwiseUser principal) {
            users.findById(principal.id()).filter(u -> u.getFailedLogins() > 0 || u.getLockedUntil() != null)
                    .ifPresent(user -> {
                        user.recordSuccessfulLogin();
                        saveIgnoringRace(user);
                    });
        }
    }

    private void saveIgnoringRace(UserEntity user) {
        try {
            users.saveAndFlush(user);
        } catch (OptimisticLockingFailureException concurrentLogin) {
            // two logins raced on the same account; one count is enough to keep the limit meaningful
            log.debug("login bookkeeping raced for account {}", user.getId());
        }
    }
}
