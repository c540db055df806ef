package org.matchwise.applicant.persistence;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.BatchSize;
import org.hibernate.envers.Audited;
import org.matchwise.applicant.Cycle;
import org.matchwise.applicant.CycleOutcome;
import org.matchwise.applicant.CycleStatus;
import org.matchwise.applicant.SpecialtyApplication;

/** One application season ({@code cycles[position]}) with its program counts per specialty and its status. */
@Entity
@Audited
@Table(name = "application_cycle")
public class CycleEntity extends ApplicantItemEntity<Cycle> {

    @Column(name = "match_year", nullable = false)
    private int matchYear;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CycleOutcome outcome;

    @Column(length = 4000)
    private String feedback;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CycleStatus status = CycleStatus.OPEN;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    // loading one cycle's specialties loads those of the record's other cycles too (one query, not one per cycle)
    @OneToMany(mappedBy = "cycle", cascade = CascadeType.ALL, orphanRemoval = true)
    @BatchSize(size = 50)
    @OrderBy("listPosition")
    private List<CycleSpecialtyEntity> specialties = new ArrayList<>();

    protected CycleEntity() {
    }

    CycleEntity(Cycle value) {
        update(value);
    }

    @Override
    public Cycle toRecord() {
        return new Cycle(matchYear, outcome, specialties.stream().map(CycleSpecialtyEntity::toRecord).toList(), feedback);
    }

    /** The record with {@code specialties} given (history reads them for many revisions at once). */
    Cycle toRecord(List<SpecialtyApplication> specialtiesThen) {
        return new Cycle(matchYear, outcome, specialtiesThen, feedback);
    }

    @Override
    protected void update(Cycle v) {
        matchYear = v.matchYear();
        outcome = v.outcome();
        feedback = v.feedback();
        List<SpecialtyApplication> values = v.specialties();
        for (int i = 0; i < values.size(); i++) {
            if (i < specialties.size()) {
                CycleSpecialtyEntity e = specialties.get(i);
                if (!e.toRecord().equals(values.get(i))) {
                    e.update(values.get(i));
                }
            } else {
                specialties.add(new CycleSpecialtyEntity(this, i, values.get(i)));
            }
        }
        while (specialties.size() > values.size()) {
            specialties.remove(specialties.size() - 1);
        }
    }

    /** Applications went out: the status moves to SUBMITTED (a closed cycle stays closed). */
    public void submit(Instant at) {
        if (status == CycleStatus.OPEN) {
            status = CycleStatus.SUBMITTED;
            submittedAt = at;
        }
    }

    /** The season is over with this outcome. */
    public void close(CycleOutcome finalOutcome, String newFeedback, Instant at) {
        outcome = finalOutcome;
        if (newFeedback != null) {
            feedback = newFeedback;
        }
        status = CycleStatus.CLOSED;
        closedAt = at;
    }

    public int getMatchYear() { return matchYear; }
    public CycleOutcome getOutcome() { return outcome; }
    public CycleStatus getStatus() { return status; }
    public Instant getSubmittedAt() { return submittedAt; }
    public Instant getClosedAt() { return closedAt; }
}
