package org.matchwise.plan.persistence;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.matchwise.flags.FlagCategory;
import org.matchwise.remediation.Owner;

/** An applicant's remediation plan for one match year: the actions that answer their flags. */
@Entity
@Table(name = "remediation_plan")
public class RemediationPlanEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "applicant_id", nullable = false, updatable = false)
    private Long applicantId;

    @Column(name = "match_year", nullable = false, updatable = false)
    private int matchYear;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", updatable = false)
    private Long createdBy;

    @Version
    private long version;

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("listPosition")
    private List<RemediationActionEntity> actions = new ArrayList<>();

    protected RemediationPlanEntity() {
    }

    public RemediationPlanEntity(long applicantId, int matchYear, Instant createdAt, Long createdBy) {
        this.applicantId = applicantId;
        this.matchYear = matchYear;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public RemediationActionEntity addAction(FlagCategory category, String title, Owner owner, LocalDate dueDate) {
        RemediationActionEntity action = new RemediationActionEntity(this, actions.size(), category, title, owner, dueDate);
        actions.add(action);
        return action;
    }

    public Optional<RemediationActionEntity> action(long actionId) {
        return actions.stream().filter(a -> a.getId() != null && a.getId() == actionId).findFirst();
    }

    public Long getId() { return id; }
    public Long getApplicantId() { return applicantId; }
    public int getMatchYear() { return matchYear; }
    public Instant getCreatedAt() { return createdAt; }
    public Long getCreatedBy() { return createdBy; }
    public long getVersion() { return version; }
    public List<RemediationActionEntity> getActions() { return List.copyOf(actions); }
}
