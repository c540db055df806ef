package org.matchwise.audit.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/** The access log; read only within one school. Rows are only ever added (see {@link AccessLogEntity}). */
public interface AccessLogRepository extends JpaRepository<AccessLogEntity, Long>, JpaSpecificationExecutor<AccessLogEntity> {

    List<AccessLogEntity> findBySchoolIdAndApplicantIdOrderByAccessedAtAscIdAsc(Long schoolId, Long applicantId);

    Page<AccessLogEntity> findBySchoolIdOrderByAccessedAtDescIdDesc(Long schoolId, Pageable pageable);

    /**
     * The rows of one school that match every given condition (null: any): an applicant, a user, accessed at or
     * after {@code from} and before {@code to}.
     */
    static Specification<AccessLogEntity> matching(long schoolId, Long applicantId, Long userId, Instant from, Instant to) {
        return (root, query, cb) -> {
            List<jakarta.persistence.criteria.Predicate> where = new ArrayList<>();
            where.add(cb.equal(root.get("schoolId"), schoolId));
            if (applicantId != null) {
                where.add(cb.equal(root.get("applicantId"), applicantId));
            }
            if (userId != null) {
                where.add(cb.equal(root.get("userId"), userId));
            }
            if (from != null) {
                where.add(cb.greaterThanOrEqualTo(root.get("accessedAt"), from));
            }
            if (to != null) {
                where.add(cb.lessThan(root.get("accessedAt"), to));
            }
            return cb.and(where.toArray(jakarta.persistence.criteria.Predicate[]::new));
        };
    }
}
