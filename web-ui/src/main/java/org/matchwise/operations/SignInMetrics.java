package org.matchwise.operations;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureDisabledEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * {@code matchwise.signins} by outcome: {@code success}, {@code bad_credentials}, {@code locked},
 * {@code disabled}, {@code other_failure}. Counts UI sign-ins and API authentications alike (an API call
 * with HTTP Basic authenticates on every request); no account names in tags.
 */
@Component
class SignInMetrics {

    private final MeterRegistry registry;

    SignInMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @EventListener
    void success(AuthenticationSuccessEvent event) {
        count("success");
    }

    @EventListener
    void failure(AbstractAuthenticationFailureEvent event) {
        count(switch (event) {
            case AuthenticationFailureBadCredentialsEvent e -> "bad_credentials";
            case AuthenticationFailureLockedEvent e -> "locked";
            case AuthenticationFailureDisabledEvent e -> "disabled";
            default -> "other_failure";
        });
    }

    private void count(String outcome) {
        registry.counter("matchwise.signins", "outcome", outcome).increment();
    }
}
