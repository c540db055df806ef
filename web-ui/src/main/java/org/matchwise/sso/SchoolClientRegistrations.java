package org.matchwise.sso;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.matchwise.sso.persistence.SchoolSsoEntity;
import org.matchwise.sso.persistence.SchoolSsoRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.stereotype.Component;

/**
 * Spring Security's client registrations, one per school with single sign-on on, read from the database: the
 * registration id is {@code school-<id>}, the endpoints come from the issuer's discovery document
 * ({@code /.well-known/openid-configuration}). A discovered registration is kept for an hour, and only while the
 * school's settings keep their version (read on every use, so a change on one node is seen by all at once).
 */
@Component
public class SchoolClientRegistrations implements ClientRegistrationRepository {

    static final String PREFIX = "school-";
    private static final Duration KEEP = Duration.ofHours(1);
    private static final Logger log = LoggerFactory.getLogger(SchoolClientRegistrations.class);

    private record Discovered(long version, Instant at, ClientRegistration registration) {
    }

    private final SchoolSsoRepository settings;
    private final SecretBox secrets;
    private final Clock clock;
    private final Map<Long, Discovered> discovered = new ConcurrentHashMap<>();

    SchoolClientRegistrations(SchoolSsoRepository settings, SecretBox secrets, Clock clock) {
        this.settings = settings;
        this.secrets = secrets;
        this.clock = clock;
    }

    public static String registrationId(long schoolId) {
        return PREFIX + schoolId;
    }

    /** The school of a registration id, or empty for an id that is not one of ours. */
    public static Optional<Long> schoolOf(String registrationId) {
        if (registrationId == null || !registrationId.startsWith(PREFIX)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(registrationId.substring(PREFIX.length())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        Optional<SchoolSsoEntity> school = schoolOf(registrationId).flatMap(settings::findById)
                .filter(SchoolSsoEntity::isEnabled);
        if (school.isEmpty()) {
            return null;
        }
        SchoolSsoEntity s = school.get();
        Instant now = clock.instant();
        Discovered known = discovered.get(s.getSchoolId());
        if (known != null && known.version() == s.getVersion() && known.at().plus(KEEP).isAfter(now)) {
            return known.registration();
        }
        ClientRegistration registration = build(s);
        discovered.put(s.getSchoolId(), new Discovered(s.getVersion(), now, registration));
        return registration;
    }

    /**
     * Reads the issuer's discovery document and makes the registration; throws when the issuer cannot be reached
     * or its document does not match it (the sign-in then lands on the "unavailable" page).
     */
    ClientRegistration build(SchoolSsoEntity s) {
        String secret = s.getClientSecretEncrypted() == null ? null : secrets.decrypt(s.getClientSecretEncrypted());
        try {
            return ClientRegistrations.fromIssuerLocation(s.getIssuerUri())
                    .registrationId(registrationId(s.getSchoolId()))
                    .clientId(s.getClientId())
                    .clientSecret(secret)
                    .clientName(s.getDisplayName())
                    .scope("openid", "email", "profile")
                    .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                    .userNameAttributeName(IdTokenClaimNames.SUB)
                    .build();
        } catch (RuntimeException e) {
            log.warn("Cannot read the OpenID Connect discovery document of {} (school {}): {}", s.getIssuerUri(),
                    s.getSchoolId(), e.getMessage());
            throw e;
        }
    }

    /** Checks an issuer before its settings are saved: empty when discovery works, else what went wrong. */
    static Optional<String> checkIssuer(String issuerUri) {
        try {
            ClientRegistrations.fromIssuerLocation(issuerUri).clientId("check").build();
            return Optional.empty();
        } catch (RuntimeException e) {
            return Optional.of(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }
}
