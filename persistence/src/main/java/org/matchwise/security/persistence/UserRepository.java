package org.matchwise.security.persistence;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** User accounts; every query that lists users is scoped to one school. */
public interface UserRepository extends JpaRepository<UserEntity, Long> {

    Optional<UserEntity> findByEmail(String normalizedEmail);

    List<UserEntity> findBySchoolIdOrderByDisplayName(Long schoolId);

    Optional<UserEntity> findByIdAndSchoolId(Long id, Long schoolId);

    long countBySchoolId(Long schoolId);
}
