package org.matchwise.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.matchwise.MatchwiseProperties;
import org.matchwise.account.Role;
import org.matchwise.security.persistence.UserRepository;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;

class LoginAttemptsTest {

    final UserRepository users = mock(UserRepository.class);
    final LoginAttempts attempts = new LoginAttempts(new FailedAttempts(users,
            Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC),
            new MatchwiseProperties(null, null, null, new MatchwiseProperties.Login(5, java.time.Duration.ofMinutes(5)))),
            new org.springframework.beans.factory.support.StaticListableBeanFactory()
                    .getBeanProvider(org.matchwise.security.twostep.TwoStepService.class));

    private static AuthenticationSuccessEvent signedIn(boolean failedLoginsToReset) {
        MatchwiseUser user = new MatchwiseUser(7, 1, "a@b.example", "A B", Role.ADVISOR, "x", true, false,
                failedLoginsToReset);
        return new AuthenticationSuccessEvent(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    @Test
    void a_sign_in_with_nothing_to_reset_writes_nothing() {
        attempts.onSuccess(signedIn(false));

        verifyNoInteractions(users);
    }

    @Test
    void a_sign_in_after_failed_logins_resets_them() {
        attempts.onSuccess(signedIn(true));

        verify(users).resetFailedLogins(7);
    }

    @Test
    void a_database_blip_while_resetting_does_not_break_the_sign_in() {
        when(users.resetFailedLogins(anyLong())).thenThrow(new DataAccessResourceFailureException("connection lost"));

        assertThatCode(() -> attempts.onSuccess(signedIn(true))).doesNotThrowAnyException();
    }

    @Test
    void a_wrong_password_is_counted_in_one_statement_that_also_decides_the_lock() {
        attempts.onBadCredentials(new AuthenticationFailureBadCredentialsEvent(
                UsernamePasswordAuthenticationToken.unauthenticated(" A@B.example ", "wrong"), new BadCredentialsException("x")));

        verify(users).recordFailedLogin("a@b.example", 5, Instant.parse("2026-12-01T10:05:00Z"));
    }

    @Test
    void a_database_blip_while_counting_leaves_the_401_as_it_was() {
        when(users.recordFailedLogin(anyString(), anyInt(), any())).thenThrow(new DataAccessResourceFailureException("down"));

        assertThatCode(() -> attempts.onBadCredentials(new AuthenticationFailureBadCredentialsEvent(
                UsernamePasswordAuthenticationToken.unauthenticated("a@b.example", "wrong"), new BadCredentialsException("x"))))
                .doesNotThrowAnyException();
    }
}
