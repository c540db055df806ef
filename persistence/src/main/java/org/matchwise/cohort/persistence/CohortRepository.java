package org.matchwise.cohort.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** Cohorts of one school. */
public interface CohortRepository extends JpaRepository<CohortEntity, Long> {

    Optional<CohortEntity> findBySchoolIdAndMatchYear(Long schoolId, int matchYear);

    Optional<CohortEntity> findByIdAndSchoolId(Long id, Long schoolId);

    List<CohortEntity> findBySchoolIdOrderByMatchYearDesc(Long schoolId);

    /**
     * Creates the school's cohort of a match year unless it exists, without failing when another transaction
     * creates it at the same moment: an insert that ignores the conflict (PostgreSQL's {@code ON CONFLICT DO
     * NOTHING}, which H2 accepts in its PostgreSQL mode), after which the caller reads the one row. A concurrent
     * creator waits for the other transaction and then sees its row.
     *
     * @return 1 when this call created it, 0 when it existed
     */
    @Modifying(flushAutomatically = true)
    @Query(value = """
            insert into cohort (school_id, match_year, name, created_at) values (:schoolId, :matchYear, :name, :createdAt)
            on conflict do nothing""", nativeQuery = true)
    int insertIfAbsent(long schoolId, int matchYear, String name, Instant createdAt);

    @Query(value = "select count(*) from cohort_member where cohort_id = :cohortId", nativeQuery = true)
    long countMembers(Long cohortId);
}
