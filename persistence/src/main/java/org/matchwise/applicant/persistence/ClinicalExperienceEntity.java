package org.matchwise.applicant.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import org.matchwise.applicant.*;

/** A rotation, observership, job or research post: {@code clinicalExperiences[position]}. */
@Entity
@Audited
@Table(name = "clinical_experience")
public class ClinicalExperienceEntity extends ApplicantItemEntity<ClinicalExperience> {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ClinicalKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Specialty specialty;

    @Column(length = 300)
    private String institution;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Setting setting;

    @Column(name = "in_us", nullable = false)
    private boolean us;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Column(length = 200)
    private String supervisor;

    protected ClinicalExperienceEntity() {
    }

    ClinicalExperienceEntity(ClinicalExperience value) {
        update(value);
    }

    @Override
    public ClinicalExperience toRecord() {
        return new ClinicalExperience(kind, specialty, institution, setting, us, startDate, endDate, supervisor);
    }

    @Override
    protected void update(ClinicalExperience v) {
        kind = v.kind();
        specialty = v.specialty();
        institution = v.institution();
        setting = v.setting();
        us = v.us();
        startDate = v.start();
        endDate = v.end();
        supervisor = v.supervisor();
    }
}
