package org.matchwise.applicant.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.hibernate.annotations.Immutable;

/**
 * The record and its assessment frozen when a cycle was submitted or closed, as profile JSON and assessment
 * JSON with the rule-set version that produced the assessment. Never changed afterwards.
 */
@Entity
@Immutable
@Table(name = "cycle_snapshot")
public class CycleSnapshotEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cycle_snapshot_seq")
    @SequenceGenerator(name = "cycle_snapshot_seq", sequenceName = "cycle_snapshot_seq", allocationSize = 50) // V88: batchable inserts
    private Long id;

    @Column(name = "applicant_id", nullable = false)
    private Long applicantId;

    @Column(name = "match_year", nullable = false)
    private int matchYear;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private SnapshotKind kind;

    @Column(name = "taken_at", nullable = false)
    private Instant takenAt;

    @Column(name = "taken_by")
    private Long takenBy;

    @Column(name = "rule_set_version", nullable = false)
    private int ruleSetVersion;

    @Column(name = "profile_json", nullable = false)
    private String profileJson;

    @Column(name = "assessment_json", nullable = false)
    private String assessmentJson;

    protected CycleSnapshotEntity() {
    }

    public CycleSnapshotEntity(long applicantId, int matchYear, SnapshotKind kind, Instant takenAt, Long takenBy,
            int ruleSetVersion, String profileJson, String assessmentJson) {
        this.applicantId = applicantId;
        this.matchYear = matchYear;
        this.kind = Objects.requireNonNull(kind);
        this.takenAt = Objects.requireNonNull(takenAt);
        this.takenBy = takenBy;
        this.ruleSetVersion = ruleSetVersion;
        this.profileJson = Objects.requireNonNull(profileJson);
        this.assessmentJson = Objects.requireNonNull(assessmentJson);
    }

    public Long getId() { return id; }
    public Long getApplicantId() { return applicantId; }
    public int getMatchYear() { return matchYear; }
    public SnapshotKind getKind() { return kind; }
    public Instant getTakenAt() { return takenAt; }
    public Long getTakenBy() { return takenBy; }
    public int getRuleSetVersion() { return ruleSetVersion; }
    public String getProfileJson() { return profileJson; }
    public String getAssessmentJson() { return assessmentJson; }
}
