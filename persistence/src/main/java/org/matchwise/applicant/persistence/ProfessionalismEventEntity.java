package org.matchwise.applicant.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import org.matchwise.applicant.*;

/** A professionalism or disciplinary event (sensitive: advisors and admins only): {@code professionalismEvents[position]}. */
@Entity
@Audited
@Table(name = "professionalism_event")
public class ProfessionalismEventEntity extends ApplicantItemEntity<ProfessionalismEvent> {

    @Column(name = "event_date")
    private LocalDate eventDate;

    @Column(nullable = false, length = 2000)
    private String description;

    @Column(name = "formal_remediation", nullable = false)
    private boolean formalRemediation;

    @Column(name = "in_mspe", nullable = false)
    private boolean inMspe;

    protected ProfessionalismEventEntity() {
    }

    ProfessionalismEventEntity(ProfessionalismEvent value) {
        update(value);
    }

    @Override
    public ProfessionalismEvent toRecord() {
        return new ProfessionalismEvent(eventDate, description, formalRemediation, inMspe);
    }

    @Override
    protected void update(ProfessionalismEvent v) {
        eventDate = v.date();
        description = v.description();
        formalRemediation = v.formalRemediation();
        inMspe = v.inMspe();
    }
}
