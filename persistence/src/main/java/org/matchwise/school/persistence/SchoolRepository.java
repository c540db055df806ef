package org.matchwise.school.persistence;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** The schools known to this installation. */
public interface SchoolRepository extends JpaRepository<SchoolEntity, Long> {

    Optional<SchoolEntity> findByName(String name);
}
