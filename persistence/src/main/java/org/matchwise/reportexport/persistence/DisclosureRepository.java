package org.matchwise.reportexport.persistence;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Disclosures; every query names the school. */
public interface DisclosureRepository extends JpaRepository<DisclosureEntity, Long> {

    List<DisclosureEntity> findBySchoolIdAndApplicantIdOrderByDisclosedAtAscIdAsc(Long schoolId, Long applicantId);
}
