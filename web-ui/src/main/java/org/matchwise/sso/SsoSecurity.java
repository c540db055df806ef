package org.matchwise.sso;

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

    public LogoutSuccessHandler logoutSuccessHandler() {
        var handler = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        handler.setPostLogoutRedirectUri("{baseUrl}/login");
        handler.setDefaultTargetUrl("/login");
        return handler;
    }
}
