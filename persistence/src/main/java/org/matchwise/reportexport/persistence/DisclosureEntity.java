package org.matchwise.reportexport.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.hibernate.annotations.Immutable;

/** A report released outside the advising office: which report, to whom, why, by whom, when. Append-only. */
@Entity
@Immutable
@Table(name = "report_disclosure")
public class DisclosureEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "school_id", nullable = false)
    private Long schoolId;

    @Column(name = "applicant_id", nullable = false)
    private Long applicantId;

    @Column(nullable = false, length = 20)
    private String report;

    @Column(nullable = false, length = 20)
    private String variant;

    @Column(nullable = false, length = 300)
    private String recipient;

    @Column(nullable = false, length = 1000)
    private String purpose;

    @Column(name = "disclosed_by", nullable = false)
    private Long disclosedBy;

    @Column(name = "disclosed_at", nullable = false)
    private Instant disclosedAt;

    protected DisclosureEntity() {
    }

    public DisclosureEntity(long schoolId, long applicantId, String report, String variant, String recipient,
            String purpose, long disclosedBy, Instant disclosedAt) {
        this.schoolId = schoolId;
        this.applicantId = applicantId;
        this.report = Objects.requireNonNull(report);
        this.variant = Objects.requireNonNull(variant);
        this.recipient = Objects.requireNonNull(recipient);
        this.purpose = Objects.requireNonNull(purpose);
        this.disclosedBy = disclosedBy;
        this.disclosedAt = Objects.requireNonNull(disclosedAt);
    }

    public Long getId() { return id; }
    public Long getSchoolId() { return schoolId; }
    public Long getApplicantId() { return applicantId; }
    public String getReport() { return report; }
    public String getVariant() { return variant; }
    public String getRecipient() { return recipient; }
    public String getPurpose() { return purpose; }
    public Long getDisclosedBy() { return disclosedBy; }
    public Instant getDisclosedAt() { return disclosedAt; }
}
