package org.matchwise.security.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;
import org.matchwise.account.Role;
import java.util.Objects;

/**
 * A person who signs in. Every user belongs to exactly one school. The password is stored only as
 * a hash produced by Spring Security's {@code PasswordEncoder}; it is null until an invited user
 * sets one.
 */
@Entity
@Table(name = "app_user")
public class UserEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "school_id", nullable = false)
    private Long schoolId;

    @Column(nullable = false, length = 320)
    private String email;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(name = "password_hash", length = 200)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Role role;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /**
     * Raised by every change that must end the user's UI sessions and API tokens on every node (deactivation, a role
     * change, a new password): a session or token remembers the value it began with and stops working once it differs.
     */
    @Column(name = "credentials_epoch", nullable = false)
    private long credentialsEpoch;

    @Version
    private long version;

    protected UserEntity() {
    }

    public UserEntity(Long schoolId, String email, String displayName, Role role, Instant createdAt) {
        this.schoolId = Objects.requireNonNull(schoolId);
        this.email = normalizeEmail(email);
        this.displayName = Objects.requireNonNull(displayName);
        this.role = Objects.requireNonNull(role);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    /** Emails are compared case-insensitively; they are stored trimmed and in lower case. */
    public static String normalizeEmail(String email) {
        return Objects.requireNonNull(email, "email").trim().toLowerCase(Locale.ROOT);
    }

    public void changePasswordHash(String newHash) {
        this.passwordHash = Objects.requireNonNull(newHash);
        this.failedLogins = 0;
        this.lockedUntil = null;
        endCredentials();
    }

    /** Gives the account another role; its sessions and tokens end (they carry the old role). */
    public void changeRole(Role newRole) {
        if (role != Objects.requireNonNull(newRole)) {
            role = newRole;
            endCredentials();
        }
    }

    /** Ends every UI session and API token of the account, on every node, at the next request of each. */
    public void endCredentials() {
        credentialsEpoch++;
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public void deactivate() {
        enabled = false;
        endCredentials();
    }

    public void activate() {
        enabled = true;
    }

    public Long getId() {
        return id;
    }

    public Long getSchoolId() {
        return schoolId;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public int getFailedLogins() {
        return failedLogins;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getCredentialsEpoch() {
        return credentialsEpoch;
    }

    public long getVersion() {
        return version;
    }
}
