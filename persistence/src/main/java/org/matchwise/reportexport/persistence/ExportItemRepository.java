package org.matchwise.reportexport.persistence;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The checkpoint rows of cohort exports; callers reach them only through a job of their school. */
public interface ExportItemRepository extends JpaRepository<ExportItemEntity, ExportItemEntity.Key> {

    List<ExportItemEntity> findByKeyJobIdOrderByKeySeq(Long jobId);

    long countByKeyJobId(Long jobId);

    long countByKeyJobIdAndDoneTrue(Long jobId);

    /** The applicants whose reports a finished export's ZIP holds, in ZIP order. */
    @Query("select i.applicantId from ExportItemEntity i where i.key.jobId = ?1 and i.done = true and i.skipped = false order by i.key.seq")
    List<Long> applicantsIn(Long jobId);
}
