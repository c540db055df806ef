package org.matchwise.reportexport.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.matchwise.reportexport.ExportStatus;
import org.springframework.data.jpa.repository.JpaRepository;

/** Cohort export jobs; every query a caller makes names the school. */
public interface ExportJobRepository extends JpaRepository<ExportJobEntity, Long> {

    Optional<ExportJobEntity> findByIdAndSchoolId(Long id, Long schoolId);

    /** Finished exports older than {@code before}, across schools: only the retention task calls this. */
    List<ExportJobEntity> findByStatusAndFinishedAtBefore(ExportStatus status, Instant before);

    List<ExportJobEntity> findTop20BySchoolIdOrderByCreatedAtDescIdDesc(Long schoolId);
}
