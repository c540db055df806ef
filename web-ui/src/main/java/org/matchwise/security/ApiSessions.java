package org.matchwise.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.context.DeferredSecurityContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpRequestResponseHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * How the REST API treats a signed-in UI session (so {@code POST /api/v1/me/tokens} works from the app's own pages):
 * the API chain reads the session's security context but never creates a session or writes one (a Basic or bearer
 * sign-in stays with its request), the session is checked against its user's credentials epoch like in the UI
 * ({@link CredentialsEpochFilter}), and an unsafe request (POST, PUT, PATCH, DELETE) made with the session cookie and
 * no {@code Authorization} header needs the session's CSRF token, as the UI does: the session cookie goes out with any
 * request from the browser, an Authorization header never by itself.
 */
final class ApiSessions {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private ApiSessions() {
    }

    static void configure(HttpSecurity http, CredentialsEpochFilter epochs) throws Exception {
        http.securityContext(c -> c.securityContextRepository(new ReadOnlySessionRepository()))
                .csrf(csrf -> csrf.requireCsrfProtectionMatcher(ApiSessions::unsafeWithSession))
                .addFilterAfter(epochs, SecurityContextHolderFilter.class);
    }

    /** An unsafe method sent with an existing session and no Authorization header. */
    static boolean unsafeWithSession(HttpServletRequest request) {
        return !SAFE_METHODS.contains(request.getMethod()) && request.getHeader(HttpHeaders.AUTHORIZATION) == null
                && request.getSession(false) != null;
    }

    /** Loads the UI session's context; saves nothing and creates no session. */
    private static final class ReadOnlySessionRepository implements SecurityContextRepository {

        private final HttpSessionSecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

        ReadOnlySessionRepository() {
            sessions.setAllowSessionCreation(false);
        }

        @Override
        @SuppressWarnings("deprecation")
        public SecurityContext loadContext(HttpRequestResponseHolder holder) {
            return sessions.loadContext(holder);
        }

        @Override
        public DeferredSecurityContext loadDeferredContext(HttpServletRequest request) {
            return sessions.loadDeferredContext(request);
        }

        @Override
        public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
            // stateless: a sign-in made by this request is not kept
        }

        @Override
        public boolean containsContext(HttpServletRequest request) {
            return sessions.containsContext(request);
        }
    }
}
