package org.matchwise.security;

import java.io.Serial;
import org.springframework.security.authentication.AbstractAuthenticationToken;

/** A request signed in with a personal API token: the owner as principal, and which token it was. */
public final class ApiTokenAuthentication extends AbstractAuthenticationToken {

    @Serial
    private static final long serialVersionUID = 1L;

    private final MatchwiseUser owner;
    private final long tokenId;

    ApiTokenAuthentication(MatchwiseUser owner, long tokenId) {
        super(owner.getAuthorities());
        this.owner = owner;
        this.tokenId = tokenId;
        setAuthenticated(true);
    }

    public long tokenId() {
        return tokenId;
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public MatchwiseUser getPrincipal() {
        return owner;
    }

    @Override
    public String getName() {
        return owner.getUsername();
    }
}
