package org.matchwise.school.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/** One advising office: the tenant that owns every other record. */
@Entity
@Table(name = "school")
public class SchoolEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** The longest lifetime, in days, a personal API token of this school may have. */
    @Column(name = "api_token_max_days", nullable = false)
    private int apiTokenMaxDays = 365;

    /** Whether applicants of this school may create and use personal API tokens. */
    @Column(name = "api_tokens_for_applicants", nullable = false)
    private boolean apiTokensForApplicants;

    @Version
    private long version;

    protected SchoolEntity() {
    }

    public SchoolEntity(String name, Instant createdAt) {
        this.name = Objects.requireNonNull(name);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public void rename(String newName) {
        this.name = Objects.requireNonNull(newName);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public int getApiTokenMaxDays() {
        return apiTokenMaxDays;
    }

    public boolean isApiTokensForApplicants() {
        return apiTokensForApplicants;
    }

    /** The school's token settings; {@code maxDays} between 1 and 3650 (checked by the caller and the schema). */
    public void changeTokenSettings(int maxDays, boolean forApplicants) {
        this.apiTokenMaxDays = maxDays;
        this.apiTokensForApplicants = forApplicants;
    }

    public long getVersion() {
        return version;
    }
}
