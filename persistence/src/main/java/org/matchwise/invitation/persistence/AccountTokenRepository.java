package org.matchwise.invitation.persistence;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** One-time account links; looked up by the hash of the token, listed per school. */
public interface AccountTokenRepository extends JpaRepository<AccountTokenEntity, Long> {

    Optional<AccountTokenEntity> findByTokenHash(String tokenHash);

    List<AccountTokenEntity> findByUserIdAndUsedAtIsNullAndRevokedFalse(Long userId);

    List<AccountTokenEntity> findTop200BySchoolIdAndPurposeOrderByCreatedAtDescIdDesc(Long schoolId, TokenPurpose purpose);
}
