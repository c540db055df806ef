package org.matchwise.twostep.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/** A user's TOTP key (encrypted by the application); counts only once confirmed with a code. */
@Entity
@Table(name = "user_totp")
public class UserTotpEntity {

    @Id
    @Column(name = "user_id")
    private Long userId;

    @Column(name = "secret_encrypted", nullable = false, length = 500)
    private String secretEncrypted;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "last_step", nullable = false)
    private long lastStep;

    @Version
    private long version;

    protected UserTotpEntity() {
    }

    public UserTotpEntity(Long userId, String secretEncrypted, Instant now) {
        this.userId = Objects.requireNonNull(userId);
        restart(secretEncrypted, now);
    }

    /** A new, unconfirmed key (enrolment started again). */
    public void restart(String secretEncrypted, Instant now) {
        this.secretEncrypted = Objects.requireNonNull(secretEncrypted);
        this.createdAt = Objects.requireNonNull(now);
        this.confirmedAt = null;
        this.lastStep = 0;
    }

    public void confirm(Instant now, long step) {
        this.confirmedAt = Objects.requireNonNull(now);
        this.lastStep = step;
    }

    public void accepted(long step) {
        this.lastStep = step;
    }

    public boolean isConfirmed() {
        return confirmedAt != null;
    }

    public Long getUserId() {
        return userId;
    }

    public String getSecretEncrypted() {
        return secretEncrypted;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getConfirmedAt() {
        return confirmedAt;
    }

    public long getLastStep() {
        return lastStep;
    }
}
