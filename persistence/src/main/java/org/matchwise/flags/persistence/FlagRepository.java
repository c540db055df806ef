package org.matchwise.flags.persistence;

import java.util.List;
import java.util.Optional;
import org.matchwise.flags.FlagStatus;
import org.springframework.data.jpa.repository.JpaRepository;

/** Flags of applicants; callers pass an applicant id already checked against the caller's school. */
public interface FlagRepository extends JpaRepository<FlagEntity, Long> {

    List<FlagEntity> findByApplicantIdOrderByOpenedOnAscIdAsc(Long applicantId);

    List<FlagEntity> findByApplicantIdAndStatusNot(Long applicantId, FlagStatus status);

    Optional<FlagEntity> findByIdAndApplicantId(Long id, Long applicantId);
}
