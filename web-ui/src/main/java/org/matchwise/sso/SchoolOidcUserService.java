package org.matchwise.sso;

import org.matchwise.sso.ExternalSignIn.Outcome;
import org.matchwise.sso.persistence.SchoolSsoEntity;
import org.matchwise.sso.persistence.SchoolSsoRepository;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * After Spring Security has checked the ID token (signature against the issuer's keys, issuer, audience, expiry,
 * nonce) and read the user-info endpoint, turns the provider's user into a Matchwise account through
 * {@link ExternalSignIn}; a refusal becomes an authentication error whose code names the refusal.
 */
@Component
class SchoolOidcUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    static final String ERROR_PREFIX = "matchwise_";

    private final OidcUserService provider = new OidcUserService();
    private final SchoolSsoRepository settings;
    private final ExternalSignIn signIn;

    SchoolOidcUserService(SchoolSsoRepository settings, ExternalSignIn signIn) {
        this.settings = settings;
        this.signIn = signIn;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        String registrationId = request.getClientRegistration().getRegistrationId();
        long schoolId = SchoolClientRegistrations.schoolOf(registrationId).orElseThrow(
                () -> refusal(ExternalSignIn.Refusal.SSO_OFF, "unknown registration " + registrationId));
        String claim = settings.findById(schoolId).map(SchoolSsoEntity::getEmailClaim).orElse("email");
        OidcUser user = provider.loadUser(request);
        Object email = user.getClaims().get(claim);
        Object verified = claim.equals("email") ? user.getClaims().get("email_verified") : null;
        String name = user.getFullName() != null ? user.getFullName() : user.getPreferredUsername();
        ExternalIdentity identity = new ExternalIdentity("oidc", schoolId, user.getIdToken().getIssuer().toString(),
                user.getSubject(), email instanceof String s ? s : null,
                verified instanceof Boolean b ? b : verified instanceof String s ? Boolean.valueOf(s) : null, name);
        Outcome outcome = signIn.signIn(identity);
        return switch (outcome) {
            case Outcome.SignedIn in -> new SsoUser(in.user(), user.getIdToken(), user.getUserInfo());
            case Outcome.Refused refused -> throw refusal(refused.reason(), refused.detail());
        };
    }

    private static OAuth2AuthenticationException refusal(ExternalSignIn.Refusal reason, String detail) {
        return new OAuth2AuthenticationException(new OAuth2Error(ERROR_PREFIX + reason.code(), detail, null));
    }
}
