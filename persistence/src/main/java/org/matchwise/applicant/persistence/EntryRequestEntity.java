package org.matchwise.applicant.persistence;

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
import org.matchwise.applicant.EntryRequestKind;
import org.matchwise.applicant.EntryRequestStatus;

/**
 * What an applicant asked of an entry they may not change themselves (a correction request: change or remove a
 * verified entry, or one the office entered), or a removal of an unverified entry of their own (a notice). Open until
 * an advisor accepts, declines or acknowledges it, or the applicant withdraws it; never deleted with its answer.
 */
@Entity
@Table(name = "entry_request")
public class EntryRequestEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "school_id", nullable = false, updatable = false)
    private Long schoolId;

    @Column(name = "applicant_id", nullable = false, updatable = false)
    private Long applicantId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10, updatable = false)
    private EntryRequestKind kind;

    /** The profile list, e.g. {@code exams}. */
    @Column(nullable = false, length = 40, updatable = false)
    private String section;

    /** Where the entry stood in its list when asked. */
    @Column(nullable = false, updatable = false)
    private int position;

    /** The entry as it stood, as its core record's JSON. */
    @Column(name = "entry_json", nullable = false, updatable = false)
    private String entryJson;

    /** CHANGE: the entry as the applicant wants it, as its core record's JSON. */
    @Column(name = "proposed_json", updatable = false)
    private String proposedJson;

    @Column(length = 2000, updatable = false)
    private String reason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 15)
    private EntryRequestStatus status;

    @Column(name = "requested_by", nullable = false, updatable = false)
    private Long requestedBy;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @Column(name = "decided_by")
    private Long decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_note", length = 2000)
    private String decisionNote;

    @Version
    private long version;

    protected EntryRequestEntity() {
    }

    public EntryRequestEntity(long schoolId, long applicantId, EntryRequestKind kind, String section, int position,
            String entryJson, String proposedJson, String reason, long requestedBy, Instant requestedAt) {
        if ((kind == EntryRequestKind.CHANGE) != (proposedJson != null)) {
            throw new IllegalArgumentException("a proposed entry comes with a CHANGE request, and only with one");
        }
        this.schoolId = schoolId;
        this.applicantId = applicantId;
        this.kind = Objects.requireNonNull(kind);
        this.section = Objects.requireNonNull(section);
        this.position = position;
        this.entryJson = Objects.requireNonNull(entryJson);
        this.proposedJson = proposedJson;
        this.reason = reason;
        this.status = EntryRequestStatus.OPEN;
        this.requestedBy = requestedBy;
        this.requestedAt = Objects.requireNonNull(requestedAt);
    }

    /** An advisor's answer (accepted, declined, acknowledged) or the applicant's withdrawal; only while open. */
    public void close(EntryRequestStatus outcome, long by, Instant at, String note) {
        if (status != EntryRequestStatus.OPEN || outcome == EntryRequestStatus.OPEN) {
            throw new IllegalStateException("request " + id + " is " + status + ", not open");
        }
        this.status = outcome;
        this.decidedBy = by;
        this.decidedAt = Objects.requireNonNull(at);
        this.decisionNote = note;
    }

    public Long getId() { return id; }
    public Long getSchoolId() { return schoolId; }
    public Long getApplicantId() { return applicantId; }
    public EntryRequestKind getKind() { return kind; }
    public String getSection() { return section; }
    public int getPosition() { return position; }
    public String getEntryJson() { return entryJson; }
    public String getProposedJson() { return proposedJson; }
    public String getReason() { return reason; }
    public EntryRequestStatus getStatus() { return status; }
    public Long getRequestedBy() { return requestedBy; }
    public Instant getRequestedAt() { return requestedAt; }
    public Long getDecidedBy() { return decidedBy; }
    public Instant getDecidedAt() { return decidedAt; }
    public String getDecisionNote() { return decisionNote; }
    public long getVersion() { return version; }
}
