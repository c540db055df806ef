package org.matchwise.ruleset.persistence;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Rule-set versions per school and match year. */
public interface RuleSetRepository extends JpaRepository<RuleSetEntity, Long> {

    Optional<RuleSetEntity> findFirstBySchoolIdAndMatchYearOrderByVersionNumberDesc(Long schoolId, int matchYear);

    Optional<RuleSetEntity> findBySchoolIdAndMatchYearAndVersionNumber(Long schoolId, int matchYear, int versionNumber);

    List<RuleSetEntity> findBySchoolIdOrderByMatchYearAscVersionNumberAsc(Long schoolId);
}
