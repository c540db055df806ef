package org.matchwise.plan.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Objects;
import org.matchwise.flags.FlagCategory;
import org.matchwise.remediation.ActionStatus;
import org.matchwise.remediation.Owner;

/** One action of a remediation plan: what, for which flag category, who, by when, how far, with what evidence. */
@Entity
@Table(name = "remediation_action")
public class RemediationActionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id", nullable = false)
    private RemediationPlanEntity plan;

    @Column(name = "position", nullable = false)
    private int listPosition;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private FlagCategory category;

    @Column(nullable = false, length = 500)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Owner owner;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ActionStatus status = ActionStatus.PLANNED;

    @Column(name = "evidence_note", length = 4000)
    private String evidenceNote;

    /** The evidence note is the office's (an advisor marked it internal): the applicant never sees it. */
    @Column(name = "evidence_internal", nullable = false)
    private boolean evidenceInternal;

    @Version
    private long version;

    protected RemediationActionEntity() {
    }

    RemediationActionEntity(RemediationPlanEntity plan, int position, FlagCategory category, String title, Owner owner,
            LocalDate dueDate) {
        this.plan = plan;
        this.listPosition = position;
        this.category = Objects.requireNonNull(category);
        this.title = Objects.requireNonNull(title);
        this.owner = Objects.requireNonNull(owner);
        this.dueDate = dueDate;
    }

    /**
     * Progress with evidence the applicant may read (their own): a new note replaces the old one and is visible;
     * without one, the stored note keeps its visibility.
     */
    public void progress(ActionStatus newStatus, String newEvidenceNote) {
        progress(newStatus, newEvidenceNote, newEvidenceNote == null && evidenceInternal);
    }

    /**
     * Progress; a new evidence note replaces the old one together with its visibility ({@code internal}: the
     * office's only). Without a new note the note stays; {@code internal} then changes only its visibility.
     */
    public void progress(ActionStatus newStatus, String newEvidenceNote, boolean internal) {
        this.status = Objects.requireNonNull(newStatus);
        if (newEvidenceNote != null) {
            this.evidenceNote = newEvidenceNote;
        }
        this.evidenceInternal = internal;
    }

    /** Rewords, reassigns or reschedules the action; its status and evidence stay. */
    public void revise(String newTitle, Owner newOwner, LocalDate newDueDate) {
        this.title = Objects.requireNonNull(newTitle);
        this.owner = Objects.requireNonNull(newOwner);
        this.dueDate = newDueDate;
    }

    public Long getId() { return id; }
    public int getPosition() { return listPosition; }
    public FlagCategory getCategory() { return category; }
    public String getTitle() { return title; }
    public Owner getOwner() { return owner; }
    public LocalDate getDueDate() { return dueDate; }
    public ActionStatus getStatus() { return status; }
    public String getEvidenceNote() { return evidenceNote; }
    public boolean isEvidenceInternal() { return evidenceInternal; }
    public long getVersion() { return version; }
}
