package org.matchwise;

import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The one way tests sign in below the web layer: runs service calls as an account, the way a signed-in request
 * would, then puts back whoever was signed in before (nobody, in most tests).
 *
 * <p>The account is loaded through the application's {@link UserDetailsService}, so the principal is the same
 * {@code MatchwiseUser} a real sign-in produces. The context is written through the JVM-wide
 * {@link SecurityContextHolder} strategy, which is the very {@code SecurityContextHolderStrategy} bean the
 * application's filters, method security and {@code CurrentUser} use (see {@code SharedSecurityContextStrategy}).
 * Tests that sign in through HTTP or the browser use {@code httpBasic(..)}/{@code Browser.signIn} instead;
 * browserless view tests use {@code @WithUserDetails}.
 */
public final class AsUser {

    private AsUser() {
    }

    /** Runs {@code work} as the account with this email and returns its result. */
    public static <T> T call(UserDetailsService accounts, String email, Supplier<T> work) {
        return call(accounts.loadUserByUsername(email), work);
    }

    /** Runs {@code work} as the account with this email. */
    public static void run(UserDetailsService accounts, String email, Runnable work) {
        call(accounts, email, () -> {
            work.run();
            return null;
        });
    }

    /** Runs {@code work} as an already loaded account and returns its result. */
    public static <T> T call(UserDetails user, Supplier<T> work) {
        SecurityContextHolderStrategy strategy = SecurityContextHolder.getContextHolderStrategy();
        SecurityContext before = strategy.getContext();
        SecurityContext signedIn = strategy.createEmptyContext();
        signedIn.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        strategy.setContext(signedIn);
        try {
            return work.get();
        } finally {
            if (before.getAuthentication() == null) {
                strategy.clearContext();
            } else {
                strategy.setContext(before);
            }
        }
    }
}
