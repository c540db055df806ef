package org.matchwise.twostep.persistence;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Users' TOTP keys, one row per user. */
public interface UserTotpRepository extends JpaRepository<UserTotpEntity, Long> {

    @Query("select count(t) > 0 from UserTotpEntity t where t.userId = :userId and t.confirmedAt is not null")
    boolean isEnrolled(Long userId);
}
