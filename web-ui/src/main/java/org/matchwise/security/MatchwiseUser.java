package org.matchwise.security;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
import org.matchwise.account.Role;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in principal: who they are, their school (the tenant) and their role. Not final: a single sign-on
 * principal (org.matchwise.sso) is a MatchwiseUser that also carries the provider's ID token.
 */
public class MatchwiseUser implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long id;
    private final long schoolId;
    private final String email;
    private final String displayName;
    private final Role role;
    private final boolean enabled;
    private final boolean locked;
    private final boolean failedLoginsToReset;
    private final long credentialsEpoch;
    private String passwordHash;

    public MatchwiseUser(long id, long schoolId, String email, String displayName, Role role,
            String passwordHash, boolean enabled, boolean locked) {
        this(id, schoolId, email, displayName, role, passwordHash, enabled, locked, true);
    }

    /**
     * @param failedLoginsToReset whether the account had failed logins (or an expired lock) when it was loaded, so
     *                            a successful sign-in has a count to reset; without it nothing is written
     */
    public MatchwiseUser(long id, long schoolId, String email, String displayName, Role role,
            String passwordHash, boolean enabled, boolean locked, boolean failedLoginsToReset) {
        this(id, schoolId, email, displayName, role, passwordHash, enabled, locked, failedLoginsToReset, 0);
    }

    /**
     * @param credentialsEpoch the account's credentials epoch when it was loaded: a UI session keeps it and ends when
     *                         the stored one differs (deactivation, role change, new password; see
     *                         {@link CredentialsEpochFilter})
     */
    public MatchwiseUser(long id, long schoolId, String email, String displayName, Role role,
            String passwordHash, boolean enabled, boolean locked, boolean failedLoginsToReset, long credentialsEpoch) {
        this.failedLoginsToReset = failedLoginsToReset;
        this.credentialsEpoch = credentialsEpoch;
        this.id = id;
        this.schoolId = schoolId;
        this.email = email;
        this.displayName = displayName;
        this.role = role;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.locked = locked;
    }

    public long id() {
        return id;
    }

    public long schoolId() {
        return schoolId;
    }

    public String email() {
        return email;
    }

    public String displayName() {
        return displayName;
    }

    public Role role() {
        return role;
    }

    /** The account's credentials epoch when this principal was loaded (at sign-in for a UI session). */
    public long credentialsEpoch() {
        return credentialsEpoch;
    }

    /** Whether a successful sign-in has a failed-login count or an expired lock to reset. */
    public boolean hasFailedLoginsToReset() {
        return failedLoginsToReset;
    }

    public boolean is(Role other) {
        return role == other;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + role.name()));
    }

    @Override
    public String getPassword() {
        // an invited user without a password can never sign in: no hash matches "{noop}" plus nothing
        return passwordHash == null ? "{noop}" + java.util.UUID.randomUUID() : passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MatchwiseUser other && other.id == id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }

    @Override
    public String toString() {
        return "MatchwiseUser[" + id + ", " + role + ", school " + schoolId + "]";
    }
}
