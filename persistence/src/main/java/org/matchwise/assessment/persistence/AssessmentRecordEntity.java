package org.matchwise.assessment.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.hibernate.annotations.Immutable;

/** One recomputation of an applicant's assessment: its JSON and which rule-set version produced it. Immutable. */
@Entity
@Immutable
@Table(name = "assessment_record")
public class AssessmentRecordEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "assessment_record_seq")
    @SequenceGenerator(name = "assessment_record_seq", sequenceName = "assessment_record_seq", allocationSize = 50) // V88: batchable inserts
    private Long id;

    @Column(name = "applicant_id", nullable = false)
    private Long applicantId;

    @Column(name = "assessed_at", nullable = false)
    private Instant assessedAt;

    @Column(name = "as_of", nullable = false)
    private LocalDate asOf;

    @Column(name = "match_year", nullable = false)
    private int matchYear;

    @Column(name = "rule_set_version", nullable = false)
    private int ruleSetVersion;

    @Column(nullable = false, length = 20)
    private String verdict;

    @Column(nullable = false)
    private String document;

    protected AssessmentRecordEntity() {
    }

    public AssessmentRecordEntity(long applicantId, Instant assessedAt, LocalDate asOf, int matchYear, int ruleSetVersion,
            String verdict, String document) {
        this.applicantId = applicantId;
        this.assessedAt = Objects.requireNonNull(assessedAt);
        this.asOf = Objects.requireNonNull(asOf);
        this.matchYear = matchYear;
        this.ruleSetVersion = ruleSetVersion;
        this.verdict = Objects.requireNonNull(verdict);
        this.document = Objects.requireNonNull(document);
    }

    public Long getId() { return id; }
    public Long getApplicantId() { return applicantId; }
    public Instant getAssessedAt() { return assessedAt; }
    public LocalDate getAsOf() { return asOf; }
    public int getMatchYear() { return matchYear; }
    public int getRuleSetVersion() { return ruleSetVersion; }
    public String getVerdict() { return verdict; }
    public String getDocument() { return document; }
}
