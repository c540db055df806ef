package org.matchwise.portal.persistence;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Evidence files; callers pass an applicant id already checked against the caller. */
public interface EvidenceFileRepository extends JpaRepository<EvidenceFileEntity, Long> {

    List<EvidenceFileEntity> findByApplicantIdOrderByUploadedAtAscIdAsc(Long applicantId);

    Optional<EvidenceFileEntity> findByPublicId(String publicId);
}
