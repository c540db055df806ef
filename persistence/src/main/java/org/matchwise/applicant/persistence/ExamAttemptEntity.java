package org.matchwise.applicant.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import org.matchwise.applicant.*;

/** A licensing exam attempt or a scheduled sitting: {@code exams[position]} of the profile. */
@Entity
@Audited
@Table(name = "exam_attempt")
public class ExamAttemptEntity extends ApplicantItemEntity<ExamAttempt> {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Exam exam;

    @Column(name = "taken_on", nullable = false)
    private LocalDate takenOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ExamOutcome outcome;

    private Integer score;

    protected ExamAttemptEntity() {
    }

    ExamAttemptEntity(ExamAttempt value) {
        update(value);
    }

    @Override
    public ExamAttempt toRecord() {
        return new ExamAttempt(exam, takenOn, outcome, score);
    }

    @Override
    protected void update(ExamAttempt v) {
        exam = v.exam();
        takenOn = v.date();
        outcome = v.outcome();
        score = v.score();
    }
}
