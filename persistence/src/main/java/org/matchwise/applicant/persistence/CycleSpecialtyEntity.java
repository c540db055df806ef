package org.matchwise.applicant.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.EnumMap;
import java.util.Map;
import org.hibernate.envers.Audited;
import org.matchwise.applicant.Specialty;
import org.matchwise.applicant.SpecialtyApplication;
import org.matchwise.applicant.Tier;

/** The applications to one specialty in a cycle: programs in total and per tier, and interviews. */
@Entity
@Audited
@Table(name = "cycle_specialty")
public class CycleSpecialtyEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cycle_specialty_seq")
    @SequenceGenerator(name = "cycle_specialty_seq", sequenceName = "cycle_specialty_seq", allocationSize = 50) // V88: batchable inserts
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cycle_id", nullable = false)
    private CycleEntity cycle;

    @Column(name = "position", nullable = false)
    private int listPosition;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Specialty specialty;

    @Column(name = "programs_applied", nullable = false)
    private int programsApplied;

    private Integer interviews;

    @Column(name = "reach_programs")
    private Integer reach;

    @Column(name = "target_programs")
    private Integer target;

    @Column(name = "safety_programs")
    private Integer safety;

    @Version
    private long version;

    protected CycleSpecialtyEntity() {
    }

    CycleSpecialtyEntity(CycleEntity cycle, int position, SpecialtyApplication value) {
        this.cycle = cycle;
        this.listPosition = position;
        update(value);
    }

    SpecialtyApplication toRecord() {
        return record(specialty, programsApplied, interviews, reach, target, safety);
    }

    /** The record of the columns: a tier without a count is left out. */
    static SpecialtyApplication record(Specialty specialty, int programsApplied, Integer interviews, Integer reach,
            Integer target, Integer safety) {
        Map<Tier, Integer> tiers = new EnumMap<>(Tier.class);
        if (reach != null) {
            tiers.put(Tier.REACH, reach);
        }
        if (target != null) {
            tiers.put(Tier.TARGET, target);
        }
        if (safety != null) {
            tiers.put(Tier.SAFETY, safety);
        }
        return new SpecialtyApplication(specialty, programsApplied, interviews, tiers);
    }

    void update(SpecialtyApplication v) {
        specialty = v.specialty();
        programsApplied = v.programsApplied();
        interviews = v.interviews();
        reach = v.programsPerTier().get(Tier.REACH);
        target = v.programsPerTier().get(Tier.TARGET);
        safety = v.programsPerTier().get(Tier.SAFETY);
    }

    public Long getId() { return id; }
    public CycleEntity getCycle() { return cycle; }
    public int getPosition() { return listPosition; }
}
