package org.matchwise.sso;

import java.io.Serial;
import java.util.Map;
import org.matchwise.security.MatchwiseUser;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * An account signed in through a school's OpenID Connect provider: a {@link MatchwiseUser} (so every service sees
 * the same principal as after a password) that also keeps the ID token, which the sign-out sends back to the
 * provider to end the session there too.
 */
public final class SsoUser extends MatchwiseUser implements OidcUser {

    @Serial
    private static final long serialVersionUID = 1L;

    private final OidcIdToken idToken;
    private final OidcUserInfo userInfo;

    SsoUser(MatchwiseUser account, OidcIdToken idToken, OidcUserInfo userInfo) {
        super(account.id(), account.schoolId(), account.email(), account.displayName(), account.role(), null, true,
                false, false);
        this.idToken = idToken;
        this.userInfo = userInfo;
    }

    @Override
    public Map<String, Object> getClaims() {
        return idToken.getClaims();
    }

    @Override
    public OidcUserInfo getUserInfo() {
        return userInfo;
    }

    @Override
    public OidcIdToken getIdToken() {
        return idToken;
    }

    @Override
    public Map<String, Object> getAttributes() {
        return idToken.getClaims();
    }

    @Override
    public String getName() {
        return email();
    }
}
