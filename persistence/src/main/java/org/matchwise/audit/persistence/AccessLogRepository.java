package org.matchwise.audit.persistence;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/** The access log; read only within one school. */
public interface AccessLogRepository extends JpaRepository<AccessLogEntity, Long> {

    List<AccessLogEntity> findBySchoolIdAndApplicantIdOrderByAccessedAtAscIdAsc(Long schoolId, Long applicantId);

    Page<AccessLogEntity> findBySchoolIdOrderByAccessedAtDescIdDesc(Long schoolId, Pageable pageable);
}
