package org.matchwise.applicant.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import org.matchwise.applicant.*;

/** A practice test (NBME n, UWSA n): {@code practiceAssessments[position]}. */
@Entity
@Audited
@Table(name = "practice_assessment")
public class PracticeAssessmentEntity extends ApplicantItemEntity<PracticeAssessment> {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Exam exam;

    @Column(nullable = false, length = 100)
    private String form;

    @Column(name = "taken_on", nullable = false)
    private LocalDate takenOn;

    @Column(name = "predicted_score")
    private Integer predictedScore;

    protected PracticeAssessmentEntity() {
    }

    PracticeAssessmentEntity(PracticeAssessment value) {
        update(value);
    }

    @Override
    public PracticeAssessment toRecord() {
        return new PracticeAssessment(exam, form, takenOn, predictedScore);
    }

    @Override
    protected void update(PracticeAssessment v) {
        exam = v.exam();
        form = v.form();
        takenOn = v.date();
        predictedScore = v.predictedScore();
    }
}
