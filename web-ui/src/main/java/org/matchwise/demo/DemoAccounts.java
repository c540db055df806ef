package org.matchwise.demo;

import java.util.List;
import org.matchwise.MatchwiseProperties;
import org.matchwise.security.AccountSetup;
import org.matchwise.security.AccountSetup.NewAccount;
import org.matchwise.account.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On the first start of the embedded default ({@code matchwise.demo.enabled=true}), creates the demo school
 * with one account per role and prints them with a warning. Never enabled on the postgres profile.
 */
@Component
@Order(20)
class DemoAccounts implements ApplicationRunner {

    static final String SCHOOL = "Demo School of Medicine";
    static final List<NewAccount> ACCOUNTS = List.of(
            new NewAccount("admin@demo.example", "Avery Admin", Role.ADMIN, "demo-admin"),
            new NewAccount("advisor@demo.example", "Alex Advisor", Role.ADVISOR, "demo-advisor"),
            new NewAccount("applicant@demo.example", "Dana Reyes", Role.APPLICANT, "demo-applicant"));

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    private final AccountSetup setup;
    private final MatchwiseProperties properties;

    DemoAccounts(AccountSetup setup, MatchwiseProperties properties) {
        this.setup = setup;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.demo().enabled()) {
            return;
        }
        if (!setup.schoolExists(SCHOOL)) {
            setup.createSchoolWithAccounts(SCHOOL, ACCOUNTS);
        }
        log.warn("DEMO ACCOUNTS (for trying Matchwise out only; never use the demo profile for real records):");
        ACCOUNTS.forEach(a -> log.warn("  {} / {} ({})", a.email(), a.password(), a.role()));
    }
}
