package org.matchwise.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.matchwise.base.api.ApiProblems;
import org.matchwise.base.api.OutageProblems;
import org.matchwise.operations.Outages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.session.DisableEncodeUrlFilter;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * How the REST API's security chain answers, always as {@link ApiProblems} JSON and never with a redirect to the
 * login page: 401 for a missing or wrong credential, 403 for a refused role, 503 when the credential cannot be
 * checked because the user store (the database) is unreachable. Any authentication filter of the API chain uses
 * the same {@link #entryPoint()}.
 *
 * <p>It also keeps the error dispatch of a REST request in the API chain: when a request under {@code /api}
 * fails outside Spring MVC (the servlet container calls {@code sendError} or a filter throws), the container
 * re-dispatches it to {@code /error}. That path belongs to the UI chain, whose CSRF check and login redirect used
 * to turn a 405 or 415 into an empty 403. {@link #API_REQUESTS} matches such error dispatches too, and
 * {@link #errorDispatchFilter()} answers them with the problem of their status.
 */
final class ApiSecurityErrors {

    private static final Logger log = LoggerFactory.getLogger(ApiSecurityErrors.class);
    static final String API_PATHS = "/api/**";
    private static final String API_PREFIX = "/api/";

    private ApiSecurityErrors() {
    }

    /** Requests under {@code /api}, and the error dispatch of a failed request under {@code /api}. */
    static final RequestMatcher API_REQUESTS = new OrRequestMatcher(
            PathPatternRequestMatcher.withDefaults().matcher(API_PATHS), ApiSecurityErrors::isApiErrorDispatch);

    static boolean isApiErrorDispatch(HttpServletRequest request) {
        return request.getDispatcherType() == DispatcherType.ERROR
                && request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri
                && uri.startsWith(request.getContextPath() + API_PREFIX);
    }

    /**
     * What every API chain shares: any request needs a signed-in user, and every refusal and error dispatch is
     * problem+json ({@link #entryPoint(boolean)}, {@link #accessDenied()}, {@link #errorDispatchFilter()}).
     *
     * @return the entry point, for the chain's authentication filters to answer with
     */
    static AuthenticationEntryPoint configure(HttpSecurity http, boolean basic) throws Exception {
        AuthenticationEntryPoint unauthorized = entryPoint(basic);
        http.authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .exceptionHandling(e -> e.authenticationEntryPoint(unauthorized).accessDeniedHandler(accessDenied()))
                .addFilterBefore(errorDispatchFilter(), DisableEncodeUrlFilter.class);
        return unauthorized;
    }

    /** 401 with {@code WWW-Authenticate: Basic}; 503 when the user store cannot be reached. */
    static AuthenticationEntryPoint entryPoint() {
        return entryPoint(true);
    }

    /**
     * 401 with {@code WWW-Authenticate} naming the schemes the API takes ({@code Bearer}, and {@code Basic} unless
     * {@code basic} is off; a refused bearer token gets {@code error="invalid_token"}, RFC 6750); 503 when the
     * credential cannot be checked because the database is unreachable.
     */
    static AuthenticationEntryPoint entryPoint(boolean basic) {
        return (request, response, failure) -> {
            if (failure instanceof AuthenticationServiceException) {
                // the credential could not be checked at all (UserDetailsService failed): not the caller's fault
                log.warn("API sign-in could not be checked: {}", Outages.describe(failure));
                response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(OutageProblems.RETRY_AFTER_SECONDS));
                ApiProblems.write(request, response, Outages.isDatabaseOutage(failure) ? OutageProblems.problem()
                        : ApiProblems.of(HttpStatus.SERVICE_UNAVAILABLE, "unavailable",
                                "Sign-in cannot be checked right now. Try again in a moment."));
                return;
            }
            if (basic) {
                response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Matchwise\"");
            }
            response.addHeader(HttpHeaders.WWW_AUTHENTICATE, BearerTokenFilter.hasBearer(request)
                    ? "Bearer realm=\"Matchwise\", error=\"invalid_token\"" : "Bearer realm=\"Matchwise\"");
            ApiProblems.write(request, response, ApiProblems.of(HttpStatus.UNAUTHORIZED, "unauthorized",
                    BearerTokenFilter.hasBearer(request)
                            ? "The API token is unknown, revoked or expired, or its owner may not use it now."
                            : basic ? "Sign in with an API token (Authorization: Bearer) or a valid email and password"
                                    + " (HTTP Basic)." : "Sign in with an API token (Authorization: Bearer)."));
        };
    }

    /** 403 {@code forbidden}. */
    static AccessDeniedHandler accessDenied() {
        return (request, response, denied) ->
                ApiProblems.write(request, response, ApiProblems.ofStatus(HttpStatus.FORBIDDEN));
    }

    /** Answers the error dispatch of a failed REST request with the problem of its status; passes anything else on. */
    static Filter errorDispatchFilter() {
        return new Filter() {
            @Override
            public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
                    throws IOException, ServletException {
                HttpServletRequest request = (HttpServletRequest) req;
                if (!isApiErrorDispatch(request)) {
                    chain.doFilter(req, res);
                    return;
                }
                HttpServletResponse response = (HttpServletResponse) res;
                int status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code
                        ? code : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
                Throwable failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable t
                        ? t : null;
                ProblemDetail problem;
                if (failure != null && Outages.isDatabaseOutage(failure)) {
                    response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(OutageProblems.RETRY_AFTER_SECONDS));
                    problem = OutageProblems.problem();
                } else {
                    problem = ApiProblems.ofStatus(HttpStatusCode.valueOf(status < 400 ? 500 : status));
                }
                ApiProblems.write(request, response, problem);
            }
        };
    }
}
