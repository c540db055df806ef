package org.matchwise.applicant.persistence;

import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Subquery;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.matchwise.flags.FlagCategory;
import org.matchwise.flags.persistence.FlagEntity;
import org.matchwise.flags.FlagStatus;
import org.springframework.data.jpa.domain.Specification;

/**
 * The filters of the applicant list, always within one school.
 *
 * @param text      matches name, email or external id, case-insensitively (null: any)
 * @param matchYear current match year (null: any)
 * @param advisorId an assigned advisor (null: any)
 * @param openFlag  a flag category with an OPEN or ADDRESSED flag (null: any)
 */
public record ApplicantSearch(long schoolId, String text, Integer matchYear, Long advisorId, FlagCategory openFlag) {

    public Specification<ApplicantEntity> toSpecification() {
        return (root, query, cb) -> {
            List<jakarta.persistence.criteria.Predicate> where = new ArrayList<>();
            where.add(cb.equal(root.get("schoolId"), schoolId));
            if (text != null && !text.isBlank()) {
                String like = "%" + text.trim().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                        .replace("_", "\\_") + "%";
                var fullName = cb.concat(cb.concat(root.get("givenName"), " "), root.get("familyName"));
                where.add(cb.or(
                        cb.like(cb.lower(fullName), like, '\\'),
                        cb.like(cb.lower(root.get("email")), like, '\\'),
                        cb.like(cb.lower(root.get("externalId")), like, '\\')));
            }
            if (matchYear != null) {
                where.add(cb.equal(root.get("matchYear"), matchYear));
            }
            if (advisorId != null) {
                Join<ApplicantEntity, Long> advisors = root.join("advisorIds");
                where.add(cb.equal(advisors, advisorId));
            }
            if (openFlag != null) {
                Subquery<Long> flags = query.subquery(Long.class);
                var flag = flags.from(FlagEntity.class);
                flags.select(flag.get("applicantId")).where(
                        cb.equal(flag.get("applicantId"), root.get("id")),
                        cb.equal(flag.get("category"), openFlag),
                        cb.notEqual(flag.get("status"), FlagStatus.CLOSED));
                where.add(cb.exists(flags));
            }
            return cb.and(where.toArray(jakarta.persistence.criteria.Predicate[]::new));
        };
    }
}
