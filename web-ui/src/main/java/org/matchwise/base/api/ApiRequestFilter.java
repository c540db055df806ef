package org.matchwise.base.api;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.filter.OncePerRequestFilter;

/** A servlet filter for REST requests only (under {@code /api/}); every other request passes it untouched. */
abstract class ApiRequestFilter extends OncePerRequestFilter {

    private static final String API_PREFIX = "/api/";

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + API_PREFIX);
    }
}
