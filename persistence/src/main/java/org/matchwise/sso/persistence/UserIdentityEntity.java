package org.matchwise.sso.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** An identity at an external provider (issuer + subject) linked to one account. */
@Entity
@Table(name = "user_identity")
public class UserIdentityEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id", nullable = false)
    private Long userId;

    @Column(nullable = false, length = 10)
    private String protocol;

    @Column(nullable = false, length = 500)
    private String issuer;

    @Column(nullable = false, length = 300)
    private String subject;

    @Column(name = "linked_at", nullable = false)
    private Instant linkedAt;

    @Column(name = "last_used_at", nullable = false)
    private Instant lastUsedAt;

    protected UserIdentityEntity() {
    }

    public UserIdentityEntity(Long userId, String protocol, String issuer, String subject, Instant now) {
        this.userId = Objects.requireNonNull(userId);
        this.protocol = Objects.requireNonNull(protocol);
        this.issuer = Objects.requireNonNull(issuer);
        this.subject = Objects.requireNonNull(subject);
        this.linkedAt = Objects.requireNonNull(now);
        this.lastUsedAt = now;
    }

    public void used(Instant now) {
        this.lastUsedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Long getUserId() {
        return userId;
    }

    public String getProtocol() {
        return protocol;
    }

    public String getIssuer() {
        return issuer;
    }

    public String getSubject() {
        return subject;
    }

    public Instant getLinkedAt() {
        return linkedAt;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }
}
