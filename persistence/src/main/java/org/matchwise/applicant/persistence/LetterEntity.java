package org.matchwise.applicant.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import org.matchwise.applicant.*;

/** A letter of recommendation with the FERPA waiver: {@code letters[position]}. */
@Entity
@Audited
@Table(name = "recommendation_letter")
public class LetterEntity extends ApplicantItemEntity<Letter> {

    @Column(nullable = false, length = 200)
    private String writer;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Specialty specialty;

    @Column(name = "in_us", nullable = false)
    private boolean us;

    @Column(nullable = false)
    private boolean academic;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private LetterStatus status;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private LetterStrength strength;

    @Column(name = "letter_date")
    private LocalDate eventDate;

    /** Whether the applicant waived the right to read the letter. */
    @Column(nullable = false)
    private boolean waived;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @Column(name = "linked_experience")
    private Integer linkedExperience;

    protected LetterEntity() {
    }

    LetterEntity(Letter value) {
        update(value);
    }

    @Override
    public Letter toRecord() {
        return new Letter(writer, specialty, us, academic, status, strength, eventDate, waived, dueDate, linkedExperience);
    }

    @Override
    protected void update(Letter v) {
        writer = v.writer();
        specialty = v.specialty();
        us = v.us();
        academic = v.academic();
        status = v.status();
        strength = v.strength();
        eventDate = v.date();
        waived = v.waived();
        dueDate = v.dueDate();
        linkedExperience = v.linkedExperience();
    }
}
