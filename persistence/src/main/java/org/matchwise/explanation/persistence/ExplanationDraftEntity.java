package org.matchwise.explanation.persistence;

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
import org.matchwise.explanation.DraftStatus;
import org.matchwise.explanation.Placement;
import org.matchwise.flags.FlagCategory;

/** An applicant's written account of a flag for one placement (ERAS, personal statement, interview). */
@Entity
@Table(name = "explanation_draft")
public class ExplanationDraftEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "applicant_id", nullable = false, updatable = false)
    private Long applicantId;

    @Enumerated(EnumType.STRING)
    @Column(name = "flag_category", nullable = false, length = 30)
    private FlagCategory flagCategory;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Placement placement;

    @Column(nullable = false, length = 20000)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private DraftStatus status = DraftStatus.DRAFT;

    @Column(name = "advisor_comment", length = 4000)
    private String advisorComment;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected ExplanationDraftEntity() {
    }

    public ExplanationDraftEntity(long applicantId, FlagCategory flagCategory, Placement placement, String body, Instant at) {
        this.applicantId = applicantId;
        this.flagCategory = Objects.requireNonNull(flagCategory);
        this.placement = Objects.requireNonNull(placement);
        this.body = Objects.requireNonNull(body);
        this.createdAt = at;
        this.updatedAt = at;
    }

    public void revise(String newBody, Instant at) {
        body = Objects.requireNonNull(newBody);
        status = DraftStatus.DRAFT;
        updatedAt = at;
    }

    public void submit(Instant at) {
        status = DraftStatus.SUBMITTED;
        updatedAt = at;
    }

    public void review(String comment, Instant at) {
        advisorComment = comment;
        status = DraftStatus.REVIEWED;
        updatedAt = at;
    }

    public Long getId() { return id; }
    public Long getApplicantId() { return applicantId; }
    public FlagCategory getFlagCategory() { return flagCategory; }
    public Placement getPlacement() { return placement; }
    public String getBody() { return body; }
    public DraftStatus getStatus() { return status; }
    public String getAdvisorComment() { return advisorComment; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public long getVersion() { return version; }
}
