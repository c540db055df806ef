package org.matchwise.security;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.matchwise.MatchwiseProperties;
import org.matchwise.security.persistence.UserRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The one count of failed sign-in attempts per account, wrong passwords ({@link LoginAttempts}) and wrong second-step
 * codes ({@code twostep.TwoStepService}) alike: after {@code matchwise.login.max-failures} in a row the account is
 * locked for {@code matchwise.login.lock-duration}. Each attempt is one atomic UPDATE that also decides the lock, in a
 * transaction of its own (UserRepository), so parallel attempts are all counted and a failed sign-in never rolls the
 * count back.
 */
@Component
public class FailedAttempts {

    private static final Logger log = LoggerFactory.getLogger(FailedAttempts.class);

    private final UserRepository users;
    private final Clock clock;
    private final MatchwiseProperties.Login settings;

    FailedAttempts(UserRepository users, Clock clock, MatchwiseProperties properties) {
        this.users = users;
        this.clock = clock;
        this.settings = properties.login();
    }

    /**
     * Counts a failed attempt of the account with this (normalized) email; true when it locked the account. An
     * unknown email counts nothing (there is no account to lock).
     */
    public boolean count(String email) {
        // whole milliseconds, so the look-up below finds the value written (the column keeps microseconds at most)
        Instant lockUntil = clock.instant().plus(settings.lockDuration()).truncatedTo(ChronoUnit.MILLIS);
        if (users.recordFailedLogin(email, settings.maxFailures(), lockUntil) == 0) {
            return false;
        }
        // a query, not an entity: the count was written in a transaction of its own
        Optional<Long> locked = users.findIdLockedUntil(email, lockUntil);
        locked.ifPresent(id -> log.warn("Account {} locked until {} after {} failed sign-in attempts", id, lockUntil,
                settings.maxFailures()));
        return locked.isPresent();
    }

    /** Clears the account's count and any lock (a correct password, or code where one is needed). */
    public void reset(long userId) {
        users.resetFailedLogins(userId);
    }
}
