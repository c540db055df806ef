package org.matchwise.security.sso;

import com.vaadin.flow.spring.security.UidlRedirectStrategy;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * The UI filter chain's single sign-on part, applied by SecurityConfig: OpenID Connect login against the schools'
 * registrations (the buttons on the login view start it at {@code /oauth2/authorization/school-<id>}), refusals
 * to the words page, and a sign-out that also ends the provider's session (RP-initiated logout) where the
 * provider announces an {@code end_session_endpoint}; otherwise, and after a password sign-in, back to the login
 * view.
 */
@Component
public class SsoSecurity {

    private final SchoolClientRegistrations registrations;
    private final SchoolOidcUserService users;

    SsoSecurity(SchoolClientRegistrations registrations, SchoolOidcUserService users) {
        this.registrations = registrations;
        this.users = users;
    }

    public void configure(HttpSecurity http) throws Exception {
        SsoFailures failures = new SsoFailures(false);
        http.oauth2Login(oauth -> oauth
                .loginPage("/login")
                .clientRegistrationRepository(registrations)
                // the provider's tokens live as long as the session, never in a JVM-wide map
                .authorizedClientRepository(new HttpSessionOAuth2AuthorizedClientRepository())
                .userInfoEndpoint(info -> info.oidcUserService(users))
                .failureHandler(failures)
                .withObjectPostProcessor(new ObjectPostProcessor<OAuth2AuthorizationRequestRedirectFilter>() {
                    @Override
                    public <O extends OAuth2AuthorizationRequestRedirectFilter> O postProcess(O filter) {
                        // a provider that cannot be reached: the words page, not a bare 500
                        filter.setAuthenticationFailureHandler(new SsoFailures(true));
                        return filter;
                    }
                }));
    }

    /**
     * The sign-out's last step. The menu's "Sign out" runs in a Vaadin request (an XHR of the open page, through
     * Vaadin's AuthenticationContext), where a plain HTTP redirect is followed by the XHR itself: the provider's
     * end-session endpoint was then called cross-origin, without the provider's session cookie (and blocked by the
     * CSP's connect-src), so the provider's session survived. Vaadin's redirect strategy sends the browser's page
     * there instead, as Vaadin's own OIDC logout handler does; outside a Vaadin request (a POST to /logout) it is an
     * ordinary redirect.
     */
    public LogoutSuccessHandler logoutSuccessHandler() {
        var handler = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        handler.setRedirectStrategy(new UidlRedirectStrategy());
        handler.setPostLogoutRedirectUri("{baseUrl}/login");
        handler.setDefaultTargetUrl("/login");
        return handler;
    }
}
