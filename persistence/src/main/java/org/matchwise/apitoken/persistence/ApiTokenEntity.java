package org.matchwise.apitoken.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One personal API token. The secret is never stored: only the SHA-256 of the token text (looked up through a
 * unique index) and a short hint (its first characters). It works while it is neither revoked nor expired, its owner
 * is enabled and not locked, and the owner's credentials epoch is still the one it was created under.
 */
@Entity
@Table(name = "api_token")
public class ApiTokenEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "school_id", nullable = false)
    private Long schoolId;

    @Column(name = "user_id", nullable = false)
    private Long userId;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "secret_hash", nullable = false, length = 64)
    private String secretHash;

    @Column(nullable = false, length = 16)
    private String hint;

    @Column(name = "user_epoch", nullable = false)
    private long userEpoch;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by")
    private Long revokedBy;

    protected ApiTokenEntity() {
    }

    public ApiTokenEntity(Long schoolId, Long userId, String name, String secretHash, String hint, long userEpoch,
            Instant createdAt, Instant expiresAt) {
        this.schoolId = Objects.requireNonNull(schoolId);
        this.userId = Objects.requireNonNull(userId);
        this.name = Objects.requireNonNull(name);
        this.secretHash = Objects.requireNonNull(secretHash);
        this.hint = Objects.requireNonNull(hint);
        this.userEpoch = userEpoch;
        this.createdAt = Objects.requireNonNull(createdAt);
        this.expiresAt = Objects.requireNonNull(expiresAt);
    }

    /** Revokes the token (once; a second revocation keeps the first one's time and author). */
    public void revoke(Instant at, long by) {
        if (revokedAt == null) {
            revokedAt = at;
            revokedBy = by;
        }
    }

    public Long getId() {
        return id;
    }

    public Long getSchoolId() {
        return schoolId;
    }

    public Long getUserId() {
        return userId;
    }

    public String getName() {
        return name;
    }

    public String getSecretHash() {
        return secretHash;
    }

    public String getHint() {
        return hint;
    }

    public long getUserEpoch() {
        return userEpoch;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public Long getRevokedBy() {
        return revokedBy;
    }
}
