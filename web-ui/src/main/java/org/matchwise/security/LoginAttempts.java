package org.matchwise.security;

import org.matchwise.security.persistence.UserEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.matchwise.security.twostep.TwoStepService;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Limits password guessing per account: after {@code matchwise.login.max-failures} wrong passwords in a
 * row the account is locked for {@code matchwise.login.lock-duration}. An unknown email is not counted
 * (there is no account to lock), and the login page answers both cases with the same message.
 *
 * <p>Each wrong password is counted by {@link FailedAttempts} (one atomic UPDATE that also decides the lock, so
 * parallel guesses are all counted; a read-then-write lost most of them), with the wrong second-step codes. A
 * successful sign-in writes only when the account had something to reset. The bookkeeping never decides a sign-in:
 * when the database fails here, the sign-in keeps the answer it already had and the failure is logged.
 */
@Component
class LoginAttempts {

    private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);

    private final FailedAttempts failures;
    private final ObjectProvider<TwoStepService> twoStep;

    LoginAttempts(FailedAttempts failures, ObjectProvider<TwoStepService> twoStep) {
        this.failures = failures;
        this.twoStep = twoStep;
    }

    @EventListener
    public void onBadCredentials(AuthenticationFailureBadCredentialsEvent event) {
        String name = event.getAuthentication().getName();
        if (name == null || name.isBlank()) {
            return;
        }
        try {
            failures.count(UserEntity.normalizeEmail(name));
        } catch (DataAccessException e) {
            log.warn("Could not count a failed login: {}", e.getMessage());
        }
    }

    @EventListener
    public void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof MatchwiseUser principal
                && principal.hasFailedLoginsToReset() && !secondStepPending(event, principal)) {
            try {
                failures.reset(principal.id());
            } catch (DataAccessException e) {
                // a database blip here must not turn a correct password into a failed sign-in
                log.warn("Could not reset the failed logins of account {}: {}", principal.id(), e.getMessage());
            }
        }
    }

    /**
     * A correct password of an account that needs a second step (org.matchwise.security.twostep) resets nothing: the count
     * goes on through the code step, which resets it when the code is right. Otherwise a known password would reset
     * the count between guesses of the code.
     */
    private boolean secondStepPending(AuthenticationSuccessEvent event, MatchwiseUser principal) {
        TwoStepService service = twoStep.getIfAvailable();
        return event.getAuthentication() instanceof UsernamePasswordAuthenticationToken && service != null
                && service.requiredAfterPassword(principal);
    }
}
