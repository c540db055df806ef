package org.matchwise.security.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** User accounts; every query that lists users is scoped to one school. */
public interface UserRepository extends JpaRepository<UserEntity, Long> {

    Optional<UserEntity> findByEmail(String normalizedEmail);

    List<UserEntity> findBySchoolIdOrderByDisplayName(Long schoolId);

    Optional<UserEntity> findByIdAndSchoolId(Long id, Long schoolId);

    long countBySchoolId(Long schoolId);

    /**
     * Counts one wrong password for the account with this (normalised) email in one atomic statement, so parallel
     * wrong passwords are all counted: the {@code maxFailures}-th locks the account until {@code lockUntil} and
     * starts the count again. The lock decision reads the row in the same statement that writes it. Runs in its
     * own transaction, so a failed sign-in never rolls it back.
     *
     * @return the number of accounts changed (0 for an unknown email)
     */
    @Modifying
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    @Query("""
            update UserEntity u set
                u.failedLogins = case when u.failedLogins + 1 >= :maxFailures then 0 else u.failedLogins + 1 end,
                u.lockedUntil = case when u.failedLogins + 1 >= :maxFailures then :lockUntil else u.lockedUntil end,
                u.version = u.version + 1
            where u.email = :email""")
    int recordFailedLogin(String email, int maxFailures, Instant lockUntil);

    /** Clears the failed-login count and any lock of the account, writing only when there is something to clear. */
    @Modifying
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    @Query("""
            update UserEntity u set u.failedLogins = 0, u.lockedUntil = null, u.version = u.version + 1
            where u.id = :id and (u.failedLogins > 0 or u.lockedUntil is not null)""")
    int resetFailedLogins(long id);

    /** The id of the account with this email if it is locked until exactly {@code lockedUntil}. */
    @Query("select u.id from UserEntity u where u.email = :email and u.lockedUntil = :lockedUntil")
    Optional<Long> findIdLockedUntil(String email, Instant lockedUntil);
}
