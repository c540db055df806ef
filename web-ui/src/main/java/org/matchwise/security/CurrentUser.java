package org.matchwise.security;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The signed-in user of the current request, for services that scope every query to the caller's school. */
@Component
public class CurrentUser {

    public Optional<MatchwiseUser> get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
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
