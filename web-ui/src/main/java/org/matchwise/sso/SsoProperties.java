package org.matchwise.sso;

import java.util.List;
import org.matchwise.account.Role;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The first school's OpenID Connect provider from properties ({@code matchwise.sso.*}, e.g.
 * {@code MATCHWISE_SSO_ISSUER_URI}); applied at every start when {@code issuer-uri} is set, so the properties win
 * over the admin screen for that school. Other schools are configured on the admin screen only.
 *
 * @param school the school's name; empty for the first school (the lowest id)
 */
@ConfigurationProperties("matchwise.sso")
public record SsoProperties(
        String issuerUri,
        String clientId,
        String clientSecret,
        @DefaultValue("Single sign-on") String displayName,
        @DefaultValue("email") String emailClaim,
        @DefaultValue List<String> allowedDomains,
        Role jitRole,
        @DefaultValue("false") boolean passwordsOffForStaff,
        String school) {

    public boolean configured() {
        return issuerUri != null && !issuerUri.isBlank();
    }
}
