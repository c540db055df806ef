package org.matchwise.admin.persistence;

import java.util.List;
import org.matchwise.cohort.persistence.CohortEntity;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Read-only counts the admin screens need: who advises a cohort, and how many applicants each advisor of a
 * school carries. Every query takes the school or a cohort the caller already checked belongs to it.
 */
public interface AdminQueries extends Repository<CohortEntity, Long> {

    /** Advisor ids assigned to any member of the cohort. */
    @Query(value = "select distinct aa.advisor_id from cohort_member cm "
            + "join applicant_advisor aa on aa.applicant_id = cm.applicant_id where cm.cohort_id = :cohortId",
            nativeQuery = true)
    List<Number> advisorIdsOf(Long cohortId);

    /** Rows of (advisor id, number of the school's applicants assigned to them). */
    @Query(value = "select aa.advisor_id, count(*) from applicant_advisor aa "
            + "join applicant a on a.id = aa.applicant_id where a.school_id = :schoolId group by aa.advisor_id",
            nativeQuery = true)
    List<Object[]> caseloadSizes(Long schoolId);
}
