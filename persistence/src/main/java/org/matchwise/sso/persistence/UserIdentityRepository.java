package org.matchwise.sso.persistence;

import java.util.Collection;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** External identities linked to accounts. */
public interface UserIdentityRepository extends JpaRepository<UserIdentityEntity, Long> {

    Optional<UserIdentityEntity> findByIssuerAndSubject(String issuer, String subject);

    Optional<UserIdentityEntity> findByUserIdAndIssuer(Long userId, String issuer);

    /** Whether the account has an identity of any of these issuers (one issuer written in several ways). */
    boolean existsByUserIdAndIssuerIn(Long userId, Collection<String> issuers);
}
