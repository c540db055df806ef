package org.matchwise.e2e;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategy;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * A real OpenID Connect provider for the single sign-on tests: Spring Authorization Server in its own small Spring
 * Boot context on a random port of 127.0.0.1 (a host other than the app's {@code localhost}, so the two never share
 * cookies), with its own users (password {@value #PASSWORD}), one registered client and its own RSA signing key.
 * Discovery, the authorization and token endpoints, JWKS, user info and RP-initiated logout are the real ones.
 *
 * <p>Some users get a bad ID token, minted by this provider through the ordinary token endpoint:
 * {@code wrong-audience} (meant for another client), {@code expired} (expired an hour ago) and {@code forged}
 * (signed with a key that the provider's JWKS does not publish, under the published key's id). Their email claim
 * is the demo advisor's, so only the token is wrong.
 */
final class TestOidcProvider implements AutoCloseable {

    static final String CLIENT_ID = "matchwise-test";
    static final String CLIENT_SECRET = "test-client-secret";
    static final String PASSWORD = "idp-password";
    static final String ADVISOR = "advisor@demo.example";

    /** Where the app answers and which registration id it uses: known only once the app has started. */
    static volatile String appBase = "http://localhost:1";
    static volatile String registrationId = "school-1";

    private static final ThreadLocal<Boolean> FORGE = ThreadLocal.withInitial(() -> false);

    private final ConfigurableApplicationContext context;
    private final String issuer;

    TestOidcProvider() {
        // the provider's filters keep the JVM-wide security context strategy they find at their start, and parts of
        // the authorization server read the static holder; the app installs Vaadin's strategy once and reuses it
        // (SharedSecurityContextStrategy), so install it first, or the provider would write where it no longer reads
        if (!(SecurityContextHolder.getContextHolderStrategy() instanceof VaadinAwareSecurityContextHolderStrategy)) {
            SecurityContextHolder.setContextHolderStrategy(new VaadinAwareSecurityContextHolderStrategy());
        }
        context = new SpringApplicationBuilder(Provider.class)
                .properties("spring.config.name=matchwise-test-oidc-provider", "server.port=0",
                        "server.address=127.0.0.1", "spring.main.banner-mode=off",
                        "server.servlet.session.cookie.name=IDPSESSION",
                        // no servlet of its own: Tomcat runs the filters (where every endpoint lives) only for a
                        // request that some servlet would serve
                        "server.servlet.register-default-servlet=true", "logging.level.root=WARN")
                .run();
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        issuer = "http://127.0.0.1:" + port;
    }

    String issuer() {
        return issuer;
    }

    @Override
    public void close() {
        context.close();
    }

    // no @Configuration (nor @SpringBootConfiguration): the app's component scan must not find these beans
    @ImportAutoConfiguration(TomcatServletWebServerAutoConfiguration.class)
    @EnableWebSecurity
    static class Provider {

        @Bean
        @Order(1)
        SecurityFilterChain authorizationServer(HttpSecurity http) throws Exception {
            http.oauth2AuthorizationServer(as -> {
                http.securityMatcher(as.getEndpointsMatcher());
                as.oidc(Customizer.withDefaults());
            });
            http.authorizeHttpRequests(r -> r.anyRequest().authenticated())
                    .exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(
                            new LoginUrlAuthenticationEntryPoint("/login"), new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
            return http.build();
        }

        @Bean
        @Order(2)
        SecurityFilterChain login(HttpSecurity http) throws Exception {
            return http.authorizeHttpRequests(r -> r.anyRequest().authenticated())
                    .formLogin(Customizer.withDefaults())
                    .build();
        }

        // OpenID Connect RP-initiated logout: the provider puts the session's id (sid) into the ID token and ends
        // that session when the app sends the user to its end-session endpoint with the token as the hint
        @Bean
        org.springframework.security.core.session.SessionRegistry sessionRegistry() {
            return new org.springframework.security.core.session.SessionRegistryImpl();
        }

        @Bean
        org.springframework.security.web.session.HttpSessionEventPublisher httpSessionEventPublisher() {
            return new org.springframework.security.web.session.HttpSessionEventPublisher();
        }

        @Bean
        AuthorizationServerSettings settings() {
            // the issuer is taken from each request: http://127.0.0.1:<port>
            return AuthorizationServerSettings.builder().build();
        }

        @Bean
        UserDetailsService users() {
            return new InMemoryUserDetailsManager(
                    List.of(ADVISOR, "stranger@demo.example", "wrong-audience", "expired", "forged").stream()
                            .map(name -> User.withUsername(name).password("{noop}" + PASSWORD).roles("USER").build())
                            .toList());
        }

        @Bean
        RegisteredClientRepository clients() {
            return new RegisteredClientRepository() {
                @Override
                public void save(RegisteredClient client) {
                }

                @Override
                public RegisteredClient findById(String id) {
                    return client();
                }

                @Override
                public RegisteredClient findByClientId(String clientId) {
                    return CLIENT_ID.equals(clientId) ? client() : null;
                }
            };
        }

        static RegisteredClient client() {
            return RegisteredClient.withId("client-1")
                    .clientId(CLIENT_ID)
                    .clientSecret("{noop}" + CLIENT_SECRET)
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .redirectUri(appBase + "/login/oauth2/code/" + registrationId)
                    .postLogoutRedirectUri(appBase + "/login")
                    .scope(OidcScopes.OPENID).scope(OidcScopes.EMAIL).scope(OidcScopes.PROFILE)
                    .clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build())
                    .build();
        }

        @Bean
        JWKSource<SecurityContext> keys() throws Exception {
            RSAKey published = new RSAKeyGenerator(2048).keyID("key-1").generate();
            RSAKey forger = new RSAKeyGenerator(2048).keyID("key-1").generate();
            return (selector, context) -> {
                // the forger's key signs the one ID token it was asked for, and is then forgotten: left set on a
                // pooled thread, it was served by the JWKS endpoint later, and the app then refused every honest
                // token as badly signed
                boolean forge = FORGE.get();
                FORGE.remove();
                return selector.select(new JWKSet(forge ? forger : published));
            };
        }

        @Bean
        JwtDecoder jwtDecoder(JWKSource<SecurityContext> keys) {
            return NimbusJwtDecoder.withJwkSource(keys).build();
        }

        @Bean
        OAuth2TokenCustomizer<JwtEncodingContext> claims() {
            return context -> {
                boolean idToken = "id_token".equals(context.getTokenType().getValue());
                String user = context.getPrincipal().getName();
                FORGE.set(idToken && user.equals("forged"));
                if (!idToken) {
                    return;
                }
                String email = user.contains("@") ? user : ADVISOR;
                context.getClaims().claims(c -> c.putAll(Map.of("email", email, "email_verified", true,
                        "name", "Test " + user)));
                Instant now = Instant.now();
                switch (user) {
                    case "wrong-audience" -> context.getClaims().audience(List.of("some-other-application"));
                    case "expired" -> context.getClaims().issuedAt(now.minus(2, ChronoUnit.HOURS))
                            .expiresAt(now.minus(1, ChronoUnit.HOURS));
                    default -> { }
                }
            };
        }
    }
}
