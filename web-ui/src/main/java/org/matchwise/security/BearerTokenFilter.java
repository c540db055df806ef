package org.matchwise.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs an API request in with {@code Authorization: Bearer <personal API token>} ({@link ApiTokenAuthenticator}).
 * A bearer header that does not name a working token is answered at once by the chain's entry point (401
 * problem+json; 503 when the database cannot be asked), never passed on as anonymous. It runs only in the bearer chain
 * ({@code SecurityConfig#bearerChain}), whose matcher lets only requests with a bearer header ({@link #hasBearer}) in.
 */
final class BearerTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final ApiTokenAuthenticator tokens;
    private final SecurityContextHolderStrategy contexts;
    private final AuthenticationEntryPoint entryPoint;

    BearerTokenFilter(ApiTokenAuthenticator tokens, SecurityContextHolderStrategy contexts,
            AuthenticationEntryPoint entryPoint) {
        this.tokens = tokens;
        this.contexts = contexts;
        this.entryPoint = entryPoint;
    }

    static boolean hasBearer(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        return header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String token = request.getHeader(HttpHeaders.AUTHORIZATION).substring(BEARER.length()).trim();
        Optional<ApiTokenAuthentication> signedIn;
        try {
            signedIn = tokens.authenticate(token);
        } catch (DataAccessException e) {
            contexts.clearContext();
            entryPoint.commence(request, response, new AuthenticationServiceException("token check failed", e));
            return;
        }
        if (signedIn.isEmpty()) {
            contexts.clearContext();
            entryPoint.commence(request, response, new BadCredentialsException("unknown, revoked or expired token"));
            return;
        }
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(signedIn.get());
        contexts.setContext(context);
        chain.doFilter(request, response);
    }
}
