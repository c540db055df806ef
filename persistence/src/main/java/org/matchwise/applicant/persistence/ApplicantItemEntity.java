package org.matchwise.applicant.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.envers.Audited;

/**
 * One entry of an applicant's list (exam attempt, letter, ...): its stable list position, the verification
 * state and the optimistic-lock version. {@code R} is the core record the entry maps to.
 */
@MappedSuperclass
@Audited
public abstract class ApplicantItemEntity<R> {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "applicant_item_seq")
    @SequenceGenerator(name = "applicant_item_seq", sequenceName = "applicant_item_seq", allocationSize = 50) // V88: batchable inserts
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "applicant_id", nullable = false)
    private ApplicantEntity applicant;

    @Column(name = "position", nullable = false)
    private int listPosition;

    @Column(nullable = false)
    private boolean verified;

    @Column(name = "verified_by")
    private Long verifiedBy;

    @Column(name = "verified_at")
    private Instant verifiedAt;

    @Version
    private long version;

    protected ApplicantItemEntity() {
    }

    /** The core record this entry holds. */
    public abstract R toRecord();

    /** Replaces the entry's values with the record's. */
    protected abstract void update(R value);

    void attach(ApplicantEntity owner, int newPosition) {
        this.applicant = owner;
        this.listPosition = newPosition;
    }

    void moveTo(int newPosition) {
        this.listPosition = newPosition;
    }

    /** Marks the entry as just entered by {@code editor}: unverified from an applicant, verified otherwise. */
    void enteredBy(Editor editor) {
        if (editor.isApplicant()) {
            verified = false;
            verifiedBy = null;
            verifiedAt = null;
        } else {
            verified = true;
            verifiedBy = editor.userId();
            verifiedAt = editor.at();
        }
    }

    /** An advisor confirms an applicant-entered entry. */
    public void verify(long advisorId, Instant at) {
        verified = true;
        verifiedBy = advisorId;
        verifiedAt = at;
    }

    public Long getId() { return id; }
    public ApplicantEntity getApplicant() { return applicant; }
    public int getPosition() { return listPosition; }
    public boolean isVerified() { return verified; }
    public Long getVerifiedBy() { return verifiedBy; }
    public Instant getVerifiedAt() { return verifiedAt; }
    public long getVersion() { return version; }
}
