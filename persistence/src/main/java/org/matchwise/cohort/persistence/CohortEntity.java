package org.matchwise.cohort.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/** The applicants of one school for one match year (membership lives in {@code cohort_member}). */
@Entity
@Table(name = "cohort")
public class CohortEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "school_id", nullable = false, updatable = false)
    private Long schoolId;

    @Column(name = "match_year", nullable = false, updatable = false)
    private int matchYear;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected CohortEntity() {
    }

    public CohortEntity(long schoolId, int matchYear, String name, Instant createdAt) {
        this.schoolId = schoolId;
        this.matchYear = matchYear;
        this.name = Objects.requireNonNull(name);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    public void rename(String newName) {
        this.name = Objects.requireNonNull(newName);
    }

    public Long getId() { return id; }
    public Long getSchoolId() { return schoolId; }
    public int getMatchYear() { return matchYear; }
    public String getName() { return name; }
    public Instant getCreatedAt() { return createdAt; }
    public long getVersion() { return version; }
}
