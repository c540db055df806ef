package org.matchwise.applicant.persistence;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Frozen cycle snapshots; read through an applicant already checked against the caller's school. */
public interface CycleSnapshotRepository extends JpaRepository<CycleSnapshotEntity, Long> {

    List<CycleSnapshotEntity> findByApplicantIdOrderByTakenAtAscIdAsc(Long applicantId);
}
