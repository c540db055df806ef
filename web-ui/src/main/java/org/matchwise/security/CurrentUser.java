package org.matchwise.security;

import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * The signed-in user of the current request, for services that scope every query to the caller's school.
 * It reads the same {@link SecurityContextHolderStrategy} bean as Spring Security's filters and method
 * security (Vaadin's session-aware one), not the JVM-wide static holder, which another application context
 * in the same JVM (as in tests) may have replaced.
 */
@Component
public class CurrentUser {

    private final SecurityContextHolderStrategy strategy;

    CurrentUser(ObjectProvider<SecurityContextHolderStrategy> strategy) {
        this.strategy = strategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    public Optional<MatchwiseUser> get() {
        Authentication auth = strategy.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof MatchwiseUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    /** The caller, or an access-denied error when nobody (or a foreign principal) is signed in. */
    public MatchwiseUser require() {
        return get().orElseThrow(() -> new AccessDeniedException("not signed in"));
    }
}
