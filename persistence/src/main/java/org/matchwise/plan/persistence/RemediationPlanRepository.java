package org.matchwise.plan.persistence;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Remediation plans; callers pass an applicant id already checked against the caller's school. */
public interface RemediationPlanRepository extends JpaRepository<RemediationPlanEntity, Long> {

    Optional<RemediationPlanEntity> findByApplicantIdAndMatchYear(Long applicantId, int matchYear);

    List<RemediationPlanEntity> findByApplicantIdOrderByMatchYearDesc(Long applicantId);
}
