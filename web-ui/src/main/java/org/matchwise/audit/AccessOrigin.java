package org.matchwise.audit;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Where a read came from: the client address and user agent of the HTTP request the current thread serves (a REST
 * call, a Vaadin UI request, a download), or nothing for a background job. Behind a reverse proxy the address is the
 * proxy's unless {@code server.forward-headers-strategy} is set (README, "Access log").
 */
record AccessOrigin(String clientIp, String userAgent) {

    static final AccessOrigin NONE = new AccessOrigin(null, null);

    static AccessOrigin current() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return new AccessOrigin(request.getRemoteAddr(), request.getHeader(HttpHeaders.USER_AGENT));
        }
        return NONE;
    }
}
