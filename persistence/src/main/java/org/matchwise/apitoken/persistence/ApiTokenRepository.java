package org.matchwise.apitoken.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

/** Personal API tokens; every list is scoped to one user or one school. */
public interface ApiTokenRepository extends JpaRepository<ApiTokenEntity, Long> {

    List<ApiTokenEntity> findByUserIdOrderByCreatedAtDescIdDesc(Long userId);

    List<ApiTokenEntity> findBySchoolIdOrderByCreatedAtDescIdDesc(Long schoolId);

    Optional<ApiTokenEntity> findByIdAndSchoolId(Long id, Long schoolId);

    long countByUserIdAndRevokedAtIsNullAndExpiresAtAfter(Long userId, Instant now);

    /**
     * Notes a use of a token, writing only when the stored time is older than {@code before} (at most once a minute
     * per token whatever the request rate and the number of nodes).
     */
    @Modifying
    @Transactional
    @Query("""
            update ApiTokenEntity t set t.lastUsedAt = :at
            where t.id = :id and (t.lastUsedAt is null or t.lastUsedAt < :before)""")
    int noteUse(long id, Instant at, Instant before);
}
