package org.matchwise.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.util.Map;
import org.matchwise.security.ui.LoginView;
import org.springframework.beans.factory.annotation.Value;
import com.vaadin.flow.spring.security.VaadinSavedRequestAwareAuthenticationSuccessHandler;
import org.matchwise.security.sso.SsoSecurity;
import org.matchwise.security.twostep.TwoStepSignIn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.NullSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.util.matcher.AndRequestMatcher;

/**
 * Four filter chains:
 * <ol>
 *   <li>{@code /api/**} with {@code Authorization: Bearer}: a personal API token ({@link BearerTokenFilter}) and
 *       nothing else, stateless ({@link #bearerChain});</li>
 *   <li>the rest of {@code /api/**}: HTTP Basic unless {@code matchwise.api.basic-auth=false}, and a signed-in UI
 *       session (read, never created; unsafe methods then need the session's CSRF token, {@link ApiSessions});
 *       errors as problem+json on both API chains ({@link ApiSecurityErrors}), including the error dispatch of a
 *       failed API request;</li>
 *   <li>{@code /actuator/**}: health open to anyone (Docker health checks), the rest for admins;</li>
 *   <li>everything else: the Vaadin UI with its login view, sessions and CSRF protection, and single sign-on
 *       through each school's OpenID Connect provider ({@link SsoSecurity}).</li>
 * </ol>
 * Method security ({@code @PreAuthorize}) guards every application service. JSR-250 method security stays
 * off on purpose: it would wrap every view annotated {@code @RolesAllowed} in a proxy, and Vaadin checks
 * those view annotations itself.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
@Import(SharedSecurityContextStrategy.class)
class SecurityConfig {

    /**
     * {@code /api/**} with {@code Authorization: Bearer}: a personal API token, and nothing else. The request is
     * stateless through and through, so this chain has only what such a request needs: the error dispatch answer, the
     * security headers, the token check, and the 401/403 answers. No session is read or written (a bearer request
     * never carries one into the API), no CSRF token is made (a browser never adds an Authorization header by itself,
     * so a bearer request cannot be forged from another site), and there is no logout, request cache, anonymous user
     * or servlet API wrapper. Until 2026-12-04 bearer requests went through the general API chain below, with a
     * dozen filters that have nothing to do for them; the answers are the same (the API token tests are unchanged).
     */
    @Bean
    @Order(0)
    SecurityFilterChain bearerChain(HttpSecurity http, ApiTokenAuthenticator tokens,
            SecurityContextHolderStrategy contexts,
            @Value("${matchwise.api.basic-auth:true}") boolean basicAuth) throws Exception {
        AuthenticationEntryPoint unauthorized = ApiSecurityErrors.configure(http, basicAuth);
        http.securityMatcher(new AndRequestMatcher(ApiSecurityErrors.API_REQUESTS, BearerTokenFilter::hasBearer))
                .securityContext(c -> c.securityContextRepository(new NullSecurityContextRepository()))
                .sessionManagement(s -> s.disable())
                .csrf(csrf -> csrf.disable())
                .logout(logout -> logout.disable())
                .requestCache(cache -> cache.disable())
                .anonymous(anonymous -> anonymous.disable())
                .servletApi(servletApi -> servletApi.disable())
                .addFilterBefore(new BearerTokenFilter(tokens, contexts, unauthorized), BasicAuthenticationFilter.class);
        return http.build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, JdbcTemplate jdbc,
            SecurityContextHolderStrategy contexts,
            @Value("${matchwise.api.basic-auth:true}") boolean basicAuth) throws Exception {
        // every error of this chain is problem+json (ApiSecurityErrors); an authentication filter added here uses
        // the same entry point
        AuthenticationEntryPoint unauthorized = ApiSecurityErrors.configure(http, basicAuth);
        http.securityMatcher(ApiSecurityErrors.API_REQUESTS)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        // ---- tokens (issue 12.1, 11.4): Basic switchable, the UI session read (never written); bearer: bearerChain ----
        if (basicAuth) {
            http.httpBasic(basic -> basic.authenticationEntryPoint(unauthorized));
        }
        ApiSessions.configure(http, new CredentialsEpochFilter(jdbc, contexts));
        // ---- end tokens ----
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain actuatorChain(HttpSecurity http) throws Exception {
        return http.securityMatcher("/actuator/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .anyRequest().hasRole("ADMIN"))
                .httpBasic(basic -> { })
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain uiChain(HttpSecurity http, JdbcTemplate jdbc, SecurityContextHolderStrategy contexts,
            SsoSecurity sso, TwoStepSignIn twoStep,
            // ---- headers and API docs (issue 11.8; README "Headers") ----
            @Value("${matchwise.api.docs-public:false}") boolean apiDocsPublic,
            @Value("${matchwise.security.content-security-policy:" + SecurityHeaders.CONTENT_SECURITY_POLICY + "}")
            String contentSecurityPolicy) throws Exception {
        SecurityHeaders.apply(http, contentSecurityPolicy);
        http.authorizeHttpRequests(auth -> {
            var docs = auth.requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**");
            if (apiDocsPublic) {
                docs.permitAll();
            } else {
                docs.authenticated();
            }
        });
        // ---- end headers and API docs ----
        http.authorizeHttpRequests(auth -> auth
                // the features' stylesheets, linked from the app shell (AppShell), so every page, the login page
                // included, gets them; Vaadin opens only its own defaults (styles.css, /lumo/**) by itself
                .requestMatchers(HttpMethod.GET, "/css/**").permitAll()
                // reminders: the one-click unsubscribe link (checked by its signature) and calendar feeds (checked by
                // their secret) work signed out
                .requestMatchers(HttpMethod.GET, "/notifications/unsubscribe", "/calendar/*").permitAll());
        http.sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()));
        // ---- tokens (issue 11.4): a session ends when its user is deactivated or their role or password changes ----
        http.addFilterAfter(new CredentialsEpochFilter(jdbc, contexts), SecurityContextHolderFilter.class);
        // ---- end tokens ----
        // ---- single sign-on (org.matchwise.security.sso): OIDC login per school; sign-out also at the provider ----
        sso.configure(http);
        var logoutSuccess = sso.logoutSuccessHandler();
        // ---- end single sign-on ----
        // ---- two-step sign-in (org.matchwise.security.twostep): after a correct password, the TOTP step where needed ----
        http.setSharedObject(VaadinSavedRequestAwareAuthenticationSuccessHandler.class, twoStep);
        // ---- end two-step sign-in ----
        // any other address needs a signed-in user, and then reaches Vaadin, whose "page not found" view
        // (NotFoundView) answers within the app layout; VaadinSecurityConfigurer's default would deny it with the
        // servlet container's bare 403 page. Signed out, such an address leads to the sign-in page.
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                .logoutSuccessHandler(logoutSuccess)
                .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated)).build();
    }

    // ---- tokens (issue 12.1): what a request costs ----
    /**
     * Spring Security 7's own defaults for Micrometer observations: sign-ins are observed, each request's walk through
     * the filter chain is not (an observation event around every filter of every request), and neither is each
     * authorization decision (it wrapped every {@code @PreAuthorize} call, two per API read, in an observation that
     * rendered the decision to a string). Without this bean Spring Security observed all three; in a profile of the
     * bearer read (README "API tokens") the two were about a sixth of its CPU time. The decisions themselves are
     * unchanged; {@code http.server.requests} still times every request, {@code matchwise.requests} every surface.
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.withDefaults().shouldObserveRequests(false)
                .shouldObserveAuthentications(true).shouldObserveAuthorizations(false).build();
    }
    // ---- end tokens ----

    /**
     * bcrypt through Spring Security's delegating encoder, so stored hashes can move to a newer scheme. New hashes
     * are made at {@code matchwise.security.bcrypt-strength} (default 10, Spring Security's own); a stored bcrypt hash
     * is checked at the strength it was made with, and every other scheme exactly as Spring Security's standard
     * delegating encoder checks it. Only the tests lower the strength (4 in {@code application-test.properties}: a
     * password check there costs about 1/64 of one at 10; README "What makes the suite fast").
     */
    @Bean
    PasswordEncoder passwordEncoder(@Value("${matchwise.security.bcrypt-strength:10}") int bcryptStrength) {
        DelegatingPasswordEncoder encoder = new DelegatingPasswordEncoder("bcrypt",
                Map.of("bcrypt", new BCryptPasswordEncoder(bcryptStrength)));
        encoder.setDefaultPasswordEncoderForMatches(PasswordEncoderFactories.createDelegatingPasswordEncoder());
        return encoder;
    }
}
