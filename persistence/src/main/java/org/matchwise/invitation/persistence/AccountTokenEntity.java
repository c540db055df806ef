package org.matchwise.invitation.persistence;

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
import java.util.Objects;

/**
 * A one-time link for one account: only the SHA-256 hash of the token is kept. It works once, until it
 * expires, and not after a newer link for the same account was issued (revoked).
 */
@Entity
@Table(name = "account_token")
public class AccountTokenEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id", nullable = false, updatable = false)
    private Long userId;

    @Column(name = "school_id", nullable = false, updatable = false)
    private Long schoolId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private TokenPurpose purpose;

    @Column(name = "token_hash", nullable = false, length = 64, updatable = false)
    private String tokenHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", updatable = false)
    private Long createdBy;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    @Column(nullable = false)
    private boolean revoked;

    @Version
    private long version;

    protected AccountTokenEntity() {
    }

    public AccountTokenEntity(long userId, long schoolId, TokenPurpose purpose, String tokenHash, Instant createdAt,
            Long createdBy, Instant expiresAt) {
        this.userId = userId;
        this.schoolId = schoolId;
        this.purpose = Objects.requireNonNull(purpose);
        this.tokenHash = Objects.requireNonNull(tokenHash);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.createdBy = createdBy;
        this.expiresAt = Objects.requireNonNull(expiresAt);
    }

    /** True while the link may still be used at {@code now}. */
    public boolean isUsableAt(Instant now) {
        return usedAt == null && !revoked && now.isBefore(expiresAt);
    }

    public void use(Instant at) {
        usedAt = Objects.requireNonNull(at);
    }

    public void revoke() {
        revoked = true;
    }

    public Long getId() { return id; }
    public Long getUserId() { return userId; }
    public Long getSchoolId() { return schoolId; }
    public TokenPurpose getPurpose() { return purpose; }
    public String getTokenHash() { return tokenHash; }
    public Instant getCreatedAt() { return createdAt; }
    public Long getCreatedBy() { return createdBy; }
    public Instant getExpiresAt() { return expiresAt; }
    public Instant getUsedAt() { return usedAt; }
    public boolean isRevoked() { return revoked; }
    public long getVersion() { return version; }
}
