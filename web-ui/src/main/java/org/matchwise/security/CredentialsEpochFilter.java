package org.matchwise.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a signed-in session when trust in its user has ended (issue 11.4): on every request of a session (pages,
 * Vaadin's UIDL and push requests, and REST calls made with the session), one primary-key query reads the user's
 * {@code enabled} flag and credentials epoch; when the user is deactivated, or the epoch differs from the one the
 * session signed in with (role change, password reset or change), the session is invalidated and the request goes on
 * signed out: a page request is sent to the login view, a Vaadin request finds its session gone (the client reloads
 * into the login view), a REST call gets 401. The check reads the database, the one place all nodes share, and keeps
 * no cache, so a change made on any node ends the session at its next request on every node.
 *
 * <p>The filter sits right after the security context is loaded from the session, before any sign-in filter, so it
 * only sees authentications that came from a session. When the database cannot be asked the request goes on: it can
 * read nothing without the database either, and the outage answer comes from there.
 */
final class CredentialsEpochFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(CredentialsEpochFilter.class);

    private final JdbcTemplate jdbc;
    private final SecurityContextHolderStrategy contexts;

    CredentialsEpochFilter(JdbcTemplate jdbc, SecurityContextHolderStrategy contexts) {
        this.jdbc = jdbc;
        this.contexts = contexts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = contexts.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof MatchwiseUser user && !(auth instanceof ApiTokenAuthentication)
                && !stillTrusted(user)) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                try {
                    session.invalidate();
                } catch (IllegalStateException alreadyInvalid) {
                    // invalidated by a parallel request of the same session
                }
            }
            contexts.clearContext();
            log.info("Session of account {} ended: the account was deactivated or its role or password changed",
                    user.id());
        }
        chain.doFilter(request, response);
    }

    private boolean stillTrusted(MatchwiseUser user) {
        try {
            Long epoch = jdbc.query("SELECT credentials_epoch FROM app_user WHERE id = ? AND enabled",
                    rs -> rs.next() ? rs.getLong(1) : null, user.id());
            return epoch != null && epoch == user.credentialsEpoch();
        } catch (DataAccessException e) {
            log.debug("Session check skipped, the database is unreachable: {}", e.getMessage());
            return true;
        }
    }
}
