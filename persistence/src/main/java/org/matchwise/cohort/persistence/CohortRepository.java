package org.matchwise.cohort.persistence;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Cohorts of one school. */
public interface CohortRepository extends JpaRepository<CohortEntity, Long> {

    Optional<CohortEntity> findBySchoolIdAndMatchYear(Long schoolId, int matchYear);

    Optional<CohortEntity> findByIdAndSchoolId(Long id, Long schoolId);

    List<CohortEntity> findBySchoolIdOrderByMatchYearDesc(Long schoolId);

    @Query(value = "select count(*) from cohort_member where cohort_id = :cohortId", nativeQuery = true)
    long countMembers(Long cohortId);
}
