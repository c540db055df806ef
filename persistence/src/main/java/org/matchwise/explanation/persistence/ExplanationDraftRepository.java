package org.matchwise.explanation.persistence;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Explanation drafts; callers pass an applicant id already checked against the caller's school. */
public interface ExplanationDraftRepository extends JpaRepository<ExplanationDraftEntity, Long> {

    List<ExplanationDraftEntity> findByApplicantIdOrderByCreatedAtAscIdAsc(Long applicantId);

    Optional<ExplanationDraftEntity> findByIdAndApplicantId(Long id, Long applicantId);
}
