package org.matchwise.applicant.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import org.matchwise.applicant.*;

/** A course or clerkship failure, repeated year, remediation or probation: {@code academicEvents[position]}. */
@Entity
@Audited
@Table(name = "academic_event")
public class AcademicEventEntity extends ApplicantItemEntity<AcademicEvent> {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private AcademicKind kind;

    @Column(length = 200)
    private String subject;

    @Column(name = "event_date")
    private LocalDate eventDate;

    @Column(name = "repeated_and_passed", nullable = false)
    private boolean repeatedAndPassed;

    @Column(length = 2000)
    private String description;

    protected AcademicEventEntity() {
    }

    AcademicEventEntity(AcademicEvent value) {
        update(value);
    }

    @Override
    public AcademicEvent toRecord() {
        return new AcademicEvent(kind, subject, eventDate, repeatedAndPassed, description);
    }

    @Override
    protected void update(AcademicEvent v) {
        kind = v.kind();
        subject = v.subject();
        eventDate = v.date();
        repeatedAndPassed = v.repeatedAndPassed();
        description = v.description();
    }
}
