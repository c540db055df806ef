package org.matchwise.security;

import java.util.List;
import org.matchwise.MatchwiseProperties;
import org.matchwise.account.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the first admin of an empty installation from {@code MATCHWISE_BOOTSTRAP_ADMIN_EMAIL} and
 * {@code MATCHWISE_BOOTSTRAP_ADMIN_PASSWORD} (school name from {@code MATCHWISE_BOOTSTRAP_SCHOOL}). It does
 * nothing once any user exists. A weak password stops the start with a message saying why, rather than
 * leaving an installation whose only admin is easy to guess.
 */
@Component
@Order(10)
class BootstrapAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BootstrapAdmin.class);

    private final AccountSetup setup;
    private final PasswordPolicy policy;
    private final MatchwiseProperties properties;

    BootstrapAdmin(AccountSetup setup, PasswordPolicy policy, MatchwiseProperties properties) {
        this.setup = setup;
        this.policy = policy;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        MatchwiseProperties.Admin admin = properties.bootstrap().admin();
        if (admin == null || admin.email() == null || admin.email().isBlank()) {
            if (!setup.hasAnyUser() && !properties.demo().enabled()) {
                log.warn("No user exists yet. Set MATCHWISE_BOOTSTRAP_ADMIN_EMAIL and "
                        + "MATCHWISE_BOOTSTRAP_ADMIN_PASSWORD and restart to create the first admin.");
            }
            return;
        }
        if (setup.hasAnyUser()) {
            log.info("Bootstrap admin not created: users already exist");
            return;
        }
        var problems = policy.check(admin.password(), admin.email());
        if (!problems.isEmpty()) {
            throw new IllegalStateException("MATCHWISE_BOOTSTRAP_ADMIN_PASSWORD is refused: "
                    + PasswordPolicy.describe(problems) + ". Choose a stronger password and restart.");
        }
        setup.createSchoolWithAccounts(properties.bootstrap().school(),
                List.of(new AccountSetup.NewAccount(admin.email(), "Administrator", Role.ADMIN, admin.password())));
        log.info("Created the first admin account {} for school '{}'", admin.email(), properties.bootstrap().school());
    }
}
