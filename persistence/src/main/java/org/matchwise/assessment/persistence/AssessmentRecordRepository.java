package org.matchwise.assessment.persistence;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Stored assessments; read through an applicant already checked against the caller's school. */
public interface AssessmentRecordRepository extends JpaRepository<AssessmentRecordEntity, Long> {

    Optional<AssessmentRecordEntity> findFirstByApplicantIdOrderByAssessedAtDescIdDesc(Long applicantId);
}
