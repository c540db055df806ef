package org.matchwise.applicant.persistence;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/** Applicants; every finder takes the school, so a query never crosses tenants. */
public interface ApplicantRepository extends JpaRepository<ApplicantEntity, Long>, JpaSpecificationExecutor<ApplicantEntity> {

    Optional<ApplicantEntity> findByIdAndSchoolId(Long id, Long schoolId);

    /**
     * Loads an applicant to change it: locks the row (concurrent writers wait) and raises its version at once,
     * even when only a child entry will change, so the version is an honest ETag of the whole record.
     */
    @Lock(LockModeType.PESSIMISTIC_FORCE_INCREMENT)
    @Query("select a from ApplicantEntity a where a.id = :id and a.schoolId = :schoolId")
    Optional<ApplicantEntity> findForChange(Long id, Long schoolId);

    Optional<ApplicantEntity> findBySchoolIdAndExternalId(Long schoolId, String externalId);

    Optional<ApplicantEntity> findByUserId(Long userId);

    boolean existsBySchoolIdAndExternalId(Long schoolId, String externalId);

    /** Which of {@code externalIds} the school already uses: one query for a whole import batch. */
    @Query("select a.externalId from ApplicantEntity a where a.schoolId = :schoolId and a.externalId in :externalIds")
    List<String> findExternalIdsIn(Long schoolId, Collection<String> externalIds);
}
