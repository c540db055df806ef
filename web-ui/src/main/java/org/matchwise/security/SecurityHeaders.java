package org.matchwise.security;

import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The security headers of every UI page and resource (README "Headers"): a Content-Security-Policy,
 * {@code X-Content-Type-Options: nosniff}, {@code Referrer-Policy: no-referrer} (the set-password link carries its
 * token in the URL), a Permissions-Policy that turns off the browser features Matchwise never uses,
 * {@code X-Frame-Options: DENY}, and {@code Cache-Control: no-store} on every answer Spring Security writes (pages
 * and Vaadin's requests of a signed-in user; Vaadin's static, fingerprinted resources keep their own caching).
 *
 * <p>The policy allows {@code 'unsafe-eval'} because Vaadin 25 cannot run without it: Flow's client
 * ({@code FlowClient.js}, ExecuteJavaScriptProcessor) turns every {@code executeJs} call from the server (Grid,
 * dialogs, navigation, the app's own calls) into {@code new Function(...)}, and Flow has no hook to supply those
 * functions otherwise (vaadin/flow#10759 is open). CspBrowserTest shows the violations without it. Everything else
 * is as strict as Vaadin allows: scripts from the app's origin only, no plugins, no framing, forms and connections
 * to the origin only.
 */
final class SecurityHeaders {

    /** The Content-Security-Policy of the UI (property {@code matchwise.security.content-security-policy}). */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; "
            + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; "
            + "font-src 'self' data:; "
            + "connect-src 'self'; "
            + "object-src 'none'; "
            + "base-uri 'self'; "
            + "form-action 'self'; "
            + "frame-ancestors 'none'";

    /** Browser features no page of Matchwise uses. */
    static final String PERMISSIONS_POLICY = "accelerometer=(), camera=(), display-capture=(), geolocation=(), "
            + "gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), usb=(), serial=(), "
            + "xr-spatial-tracking=()";

    private SecurityHeaders() {
    }

    /** Adds the headers to a filter chain, with {@code contentSecurityPolicy} as the policy. */
    static void apply(HttpSecurity http, String contentSecurityPolicy) throws Exception {
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy))
                .contentTypeOptions(options -> { })
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
                .frameOptions(frame -> frame.deny())
                .cacheControl(cache -> { })
                // before the body, not when the response is committed: Vaadin writes its pages to the container's
                // response, where a header added on commit would never arrive
                .withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                }));
    }
}
