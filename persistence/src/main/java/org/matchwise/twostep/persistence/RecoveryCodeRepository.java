package org.matchwise.twostep.persistence;

import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** Recovery codes of the users. */
public interface RecoveryCodeRepository extends JpaRepository<RecoveryCodeEntity, Long> {

    /** Spends a code in one statement, so two parallel uses cannot both succeed; 1 when it was unused, else 0. */
    @Modifying
    @Query("update RecoveryCodeEntity r set r.usedAt = :now where r.userId = :userId and r.codeHash = :codeHash"
            + " and r.usedAt is null")
    int spend(Long userId, String codeHash, Instant now);

    @Query("select count(r) from RecoveryCodeEntity r where r.userId = :userId and r.usedAt is null")
    long countUnused(Long userId);

    @Modifying
    @Query("delete from RecoveryCodeEntity r where r.userId = :userId")
    int deleteByUser(Long userId);
}
