package org.matchwise.sso;

import java.time.Clock;
import java.util.Comparator;
import java.util.Optional;
import org.matchwise.account.Role;
import org.matchwise.school.persistence.SchoolEntity;
import org.matchwise.school.persistence.SchoolRepository;
import org.matchwise.sso.persistence.SchoolSsoEntity;
import org.matchwise.sso.persistence.SchoolSsoRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies {@code matchwise.sso.*} to the first school (or the one named by {@code matchwise.sso.school}) at every
 * start, after the bootstrap admin and the demo accounts exist. The discovery document is read at the first
 * sign-in, not here, so a provider that is down does not stop the start.
 */
@Component
@Order(25)
class FirstSchoolSso implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstSchoolSso.class);

    private final SsoProperties properties;
    private final SchoolRepository schools;
    private final SchoolSsoRepository settings;
    private final SecretBox secrets;
    private final Clock clock;
    private final TransactionTemplate tx;

    FirstSchoolSso(SsoProperties properties, SchoolRepository schools, SchoolSsoRepository settings,
            SecretBox secrets, Clock clock, PlatformTransactionManager transactions) {
        this.properties = properties;
        this.schools = schools;
        this.settings = settings;
        this.secrets = secrets;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactions);
    }

    static Optional<SchoolEntity> targetSchool(SchoolRepository schools, SsoProperties properties) {
        if (properties.school() != null && !properties.school().isBlank()) {
            return schools.findByName(properties.school().strip());
        }
        return schools.findAll().stream().min(Comparator.comparing(SchoolEntity::getId));
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.configured()) {
            return;
        }
        var problems = new java.util.ArrayList<SsoViews.Problem>();
        String domains = SsoSettingsService.normaliseDomains(String.join(",", properties.allowedDomains()), problems);
        var issuerProblem = SsoSettingsService.validIssuer(properties.issuerUri().strip());
        if (issuerProblem.isPresent() || !problems.isEmpty() || properties.clientId() == null
                || properties.clientId().isBlank()) {
            throw new IllegalStateException("matchwise.sso.* is incomplete or invalid: issuer-uri must be an https"
                    + " address, client-id set, allowed-domains plain domain names (" + problems + ")");
        }
        if (properties.jitRole() != null && properties.jitRole() != Role.ADVISOR) {
            throw new IllegalStateException("matchwise.sso.jit-role may only be ADVISOR (or unset)");
        }
        tx.executeWithoutResult(status -> {
            Optional<SchoolEntity> school = targetSchool(schools, properties);
            if (school.isEmpty()) {
                log.warn("matchwise.sso.* is set but no school exists yet (or none is named '{}')", properties.school());
                return;
            }
            long id = school.get().getId();
            SchoolSsoEntity entity = settings.findById(id).orElseGet(() -> new SchoolSsoEntity(id));
            String secret = properties.clientSecret() == null || properties.clientSecret().isBlank() ? null
                    : properties.clientSecret();
            // a secret only re-encrypted when it changed, so the row keeps its version (and the nodes their cache)
            if (secret != null && entity.getClientSecretEncrypted() != null
                    && secret.equals(safeDecrypt(entity.getClientSecretEncrypted()))) {
                secret = null;
            }
            entity.update(true, properties.displayName(), properties.issuerUri().strip(), properties.clientId().strip(),
                    secret == null ? null : secrets.encrypt(secret), properties.emailClaim(), domains,
                    properties.jitRole(), properties.passwordsOffForStaff(), clock.instant());
            settings.save(entity);
            log.info("Single sign-on of school '{}' set from matchwise.sso.* ({})", school.get().getName(),
                    properties.issuerUri());
        });
    }

    private String safeDecrypt(String stored) {
        try {
            return secrets.decrypt(stored);
        } catch (IllegalStateException e) {
            return null;
        }
    }
}
