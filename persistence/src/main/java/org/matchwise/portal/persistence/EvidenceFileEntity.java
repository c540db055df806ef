package org.matchwise.portal.persistence;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** A file an applicant uploaded as evidence for a remediation action; its type was checked by its content. */
@Entity
@Table(name = "evidence_file")
public class EvidenceFileEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "public_id", nullable = false, length = 36, updatable = false)
    private String publicId;

    @Column(name = "applicant_id", nullable = false, updatable = false)
    private Long applicantId;

    @Column(name = "action_id", nullable = false, updatable = false)
    private Long actionId;

    @Column(name = "media_type", nullable = false, length = 100, updatable = false)
    private String mediaType;

    @Column(name = "original_name", nullable = false, length = 255, updatable = false)
    private String originalName;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Column(nullable = false, length = 64, updatable = false)
    private String sha256;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false)
    private byte[] content;

    @Column(name = "uploaded_by", nullable = false, updatable = false)
    private Long uploadedBy;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    protected EvidenceFileEntity() {
    }

    public EvidenceFileEntity(String publicId, long applicantId, long actionId, String mediaType, String originalName,
            byte[] content, String sha256, long uploadedBy, Instant uploadedAt) {
        this.publicId = Objects.requireNonNull(publicId);
        this.applicantId = applicantId;
        this.actionId = actionId;
        this.mediaType = Objects.requireNonNull(mediaType);
        this.originalName = Objects.requireNonNull(originalName);
        this.content = Objects.requireNonNull(content).clone();
        this.sizeBytes = content.length;
        this.sha256 = Objects.requireNonNull(sha256);
        this.uploadedBy = uploadedBy;
        this.uploadedAt = Objects.requireNonNull(uploadedAt);
    }

    public Long getId() { return id; }
    public String getPublicId() { return publicId; }
    public Long getApplicantId() { return applicantId; }
    public Long getActionId() { return actionId; }
    public String getMediaType() { return mediaType; }
    public String getOriginalName() { return originalName; }
    public long getSizeBytes() { return sizeBytes; }
    public String getSha256() { return sha256; }
    public byte[] getContent() { return content.clone(); }
    public Long getUploadedBy() { return uploadedBy; }
    public Instant getUploadedAt() { return uploadedAt; }
}
