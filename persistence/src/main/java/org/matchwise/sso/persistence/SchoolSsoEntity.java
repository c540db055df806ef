package org.matchwise.sso.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.matchwise.account.Role;

/**
 * A school's OpenID Connect provider. The client secret is held only in its encrypted form; encrypting and
 * decrypting is the application's job (org.matchwise.security.sso.SecretBox).
 */
@Entity
@Table(name = "school_sso")
public class SchoolSsoEntity {

    @Id
    @Column(name = "school_id")
    private Long schoolId;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "display_name", nullable = false, length = 100)
    private String displayName;

    @Column(name = "issuer_uri", nullable = false, length = 500)
    private String issuerUri;

    @Column(name = "client_id", nullable = false, length = 300)
    private String clientId;

    @Column(name = "client_secret_encrypted", length = 2000)
    private String clientSecretEncrypted;

    @Column(name = "email_claim", nullable = false, length = 100)
    private String emailClaim;

    @Column(name = "allowed_domains", nullable = false, length = 1000)
    private String allowedDomains;

    @Enumerated(EnumType.STRING)
    @Column(name = "jit_role", length = 20)
    private Role jitRole;

    @Column(name = "passwords_off_for_staff", nullable = false)
    private boolean passwordsOffForStaff;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected SchoolSsoEntity() {
    }

    public SchoolSsoEntity(Long schoolId) {
        this.schoolId = Objects.requireNonNull(schoolId);
        this.emailClaim = "email";
        this.allowedDomains = "";
        this.displayName = "";
        this.issuerUri = "";
        this.clientId = "";
    }

    /**
     * Replaces every setting; a null {@code clientSecretEncrypted} keeps the stored secret. The same settings again
     * change nothing, not even {@code updatedAt}.
     */
    public void update(boolean enabled, String displayName, String issuerUri, String clientId,
            String clientSecretEncrypted, String emailClaim, String allowedDomains, Role jitRole,
            boolean passwordsOffForStaff, Instant now) {
        boolean same = this.updatedAt != null && this.enabled == enabled && Objects.equals(this.displayName, displayName)
                && Objects.equals(this.issuerUri, issuerUri) && Objects.equals(this.clientId, clientId)
                && (clientSecretEncrypted == null || clientSecretEncrypted.equals(this.clientSecretEncrypted))
                && Objects.equals(this.emailClaim, emailClaim) && Objects.equals(this.allowedDomains, allowedDomains)
                && this.jitRole == jitRole && this.passwordsOffForStaff == passwordsOffForStaff;
        if (same) {
            // nothing changed (the same properties at every start): the row keeps its version, the nodes their cache
            return;
        }
        this.enabled = enabled;
        this.displayName = Objects.requireNonNull(displayName);
        this.issuerUri = Objects.requireNonNull(issuerUri);
        this.clientId = Objects.requireNonNull(clientId);
        if (clientSecretEncrypted != null) {
            this.clientSecretEncrypted = clientSecretEncrypted;
        }
        this.emailClaim = Objects.requireNonNull(emailClaim);
        this.allowedDomains = Objects.requireNonNull(allowedDomains);
        this.jitRole = jitRole;
        this.passwordsOffForStaff = passwordsOffForStaff;
        this.updatedAt = Objects.requireNonNull(now);
    }

    public Long getSchoolId() {
        return schoolId;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getIssuerUri() {
        return issuerUri;
    }

    public String getClientId() {
        return clientId;
    }

    public String getClientSecretEncrypted() {
        return clientSecretEncrypted;
    }

    public String getEmailClaim() {
        return emailClaim;
    }

    public String getAllowedDomains() {
        return allowedDomains;
    }

    public Role getJitRole() {
        return jitRole;
    }

    public boolean isPasswordsOffForStaff() {
        return passwordsOffForStaff;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
