package org.matchwise.security.sso;

import org.springframework.security.access.prepost.PreAuthorize;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.matchwise.account.Role;
import org.matchwise.security.MatchwiseUser;
import org.matchwise.security.persistence.UserEntity;
import org.matchwise.security.persistence.UserRepository;
import org.matchwise.sso.persistence.SchoolSsoEntity;
import org.matchwise.sso.persistence.SchoolSsoRepository;
import org.matchwise.sso.persistence.UserIdentityEntity;
import org.matchwise.sso.persistence.UserIdentityRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules of {@link ExternalSignIn}. An identity already linked signs in to its account (the email at the
 * provider may have changed). Otherwise the email must belong to an enabled account of the same school, in an
 * allowed domain; the identity is then linked to it. Nobody becomes a user by having an identity, except that a
 * school may turn on just-in-time creation of advisors. A deactivated account is refused, and so is an account
 * locked after too many wrong passwords or codes, until the lock ends: the lock says someone is attacking the
 * account, and an admin's "unlock" (or the lock's end) is the one way back in, whichever way the sign-in comes.
 */
@Service
class AccountLinker implements ExternalSignIn {

    private static final Logger log = LoggerFactory.getLogger(AccountLinker.class);

    private final SchoolSsoRepository settings;
    private final UserRepository users;
    private final UserIdentityRepository identities;
    private final Clock clock;

    AccountLinker(SchoolSsoRepository settings, UserRepository users, UserIdentityRepository identities,
            Clock clock) {
        this.settings = settings;
        this.users = users;
        this.identities = identities;
        this.clock = clock;
    }

    @Override
    @Transactional
    @PreAuthorize("permitAll()") // the provider's callback, before anyone is signed in: the checked ID token is the proof
    public Outcome signIn(ExternalIdentity identity) {
        Instant now = clock.instant();
        Optional<SchoolSsoEntity> school = settings.findById(identity.schoolId()).filter(SchoolSsoEntity::isEnabled);
        if (school.isEmpty()) {
            return refuse(Refusal.SSO_OFF, identity, "single sign-on is off for school " + identity.schoolId());
        }
        Optional<UserIdentityEntity> linked = identities.findByIssuerAndSubject(identity.issuer(), identity.subject());
        if (linked.isPresent()) {
            UserEntity user = users.findById(linked.get().getUserId()).orElseThrow();
            if (user.getSchoolId() != identity.schoolId()) {
                return refuse(Refusal.CONFLICT, identity, "identity linked to an account of another school");
            }
            Optional<Outcome> barred = barred(user, identity, now);
            if (barred.isPresent()) {
                return barred.get();
            }
            linked.get().used(now);
            return new Outcome.SignedIn(principal(user));
        }
        String email = identity.email();
        if (email == null || email.isBlank() || !email.contains("@") || Boolean.FALSE.equals(identity.emailVerified())) {
            return refuse(Refusal.NO_EMAIL, identity, "no verified email in the configured claim");
        }
        email = UserEntity.normalizeEmail(email);
        if (!domainAllowed(email, school.get().getAllowedDomains())) {
            return refuse(Refusal.WRONG_DOMAIN, identity, "email domain not allowed");
        }
        Optional<UserEntity> account = users.findByEmail(email);
        if (account.isEmpty()) {
            Role jit = school.get().getJitRole();
            if (jit != Role.ADVISOR) {
                return refuse(Refusal.UNKNOWN_ACCOUNT, identity, "no account with this email");
            }
            String name = identity.displayName() == null || identity.displayName().isBlank() ? email
                    : identity.displayName().strip();
            UserEntity created = users.save(new UserEntity(identity.schoolId(), email,
                    name.length() > 200 ? name.substring(0, 200) : name, Role.ADVISOR, now));
            log.info("Created advisor account {} just in time for an identity of {}", created.getId(),
                    identity.issuer());
            return link(created, identity, now);
        }
        UserEntity user = account.get();
        if (user.getSchoolId() != identity.schoolId()) {
            // the same answer as an unknown email: the other school's accounts are not this provider's business
            return refuse(Refusal.UNKNOWN_ACCOUNT, identity, "the email belongs to another school's account");
        }
        Optional<Outcome> barred = barred(user, identity, now);
        if (barred.isPresent()) {
            return barred.get();
        }
        if (identities.findByUserIdAndIssuer(user.getId(), identity.issuer()).isPresent()) {
            return refuse(Refusal.CONFLICT, identity, "account " + user.getId() + " is linked to another identity");
        }
        return link(user, identity, now);
    }

    /** A deactivated or locked account signs in no more by its provider than by its password. */
    private static Optional<Outcome> barred(UserEntity user, ExternalIdentity identity, Instant now) {
        if (!user.isEnabled()) {
            return Optional.of(refuse(Refusal.DISABLED, identity, "account " + user.getId() + " is deactivated"));
        }
        if (user.isLockedAt(now)) {
            return Optional.of(refuse(Refusal.LOCKED, identity, "account " + user.getId() + " is locked until "
                    + user.getLockedUntil()));
        }
        return Optional.empty();
    }

    private Outcome link(UserEntity user, ExternalIdentity identity, Instant now) {
        identities.save(new UserIdentityEntity(user.getId(), identity.protocol(), identity.issuer(),
                identity.subject(), now));
        log.info("Linked an identity of {} to account {}", identity.issuer(), user.getId());
        return new Outcome.SignedIn(principal(user));
    }

    static boolean domainAllowed(String email, String allowedDomains) {
        if (allowedDomains == null || allowedDomains.isBlank()) {
            return true;
        }
        String domain = email.substring(email.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
        return Arrays.stream(allowedDomains.split(","))
                .map(d -> d.strip().toLowerCase(Locale.ROOT))
                .filter(d -> !d.isEmpty())
                .anyMatch(domain::equals);
    }

    private static MatchwiseUser principal(UserEntity user) {
        return new MatchwiseUser(user.getId(), user.getSchoolId(), user.getEmail(), user.getDisplayName(),
                user.getRole(), null, user.isEnabled(), false, false, user.getCredentialsEpoch());
    }

    private static Outcome refuse(Refusal reason, ExternalIdentity identity, String detail) {
        log.info("Single sign-on refused ({}) for an identity of {} in school {}: {}", reason.code(),
                identity.issuer(), identity.schoolId(), detail);
        return new Outcome.Refused(reason, detail);
    }
}
