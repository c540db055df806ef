package org.matchwise.ruleset.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.hibernate.annotations.Immutable;

/**
 * One version of a school's rule set for a match year, stored as a JSON document (the web layer's codec
 * reads and writes it). An edit stores the next version, so an old assessment can always be re-read.
 */
@Entity
@Immutable
@Table(name = "rule_set")
public class RuleSetEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "school_id", nullable = false)
    private Long schoolId;

    @Column(name = "match_year", nullable = false)
    private int matchYear;

    @Column(name = "version_number", nullable = false)
    private int versionNumber;

    @Column(nullable = false)
    private String document;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by")
    private Long createdBy;

    protected RuleSetEntity() {
    }

    public RuleSetEntity(long schoolId, int matchYear, int versionNumber, String document, Instant createdAt,
            Long createdBy) {
        this.schoolId = schoolId;
        this.matchYear = matchYear;
        this.versionNumber = versionNumber;
        this.document = Objects.requireNonNull(document);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.createdBy = createdBy;
    }

    public Long getId() { return id; }
    public Long getSchoolId() { return schoolId; }
    public int getMatchYear() { return matchYear; }
    public int getVersionNumber() { return versionNumber; }
    public String getDocument() { return document; }
    public Instant getCreatedAt() { return createdAt; }
    public Long getCreatedBy() { return createdBy; }
}
