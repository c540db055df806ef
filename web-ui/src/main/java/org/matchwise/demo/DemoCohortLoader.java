package org.matchwise.demo;

import java.nio.charset.StandardCharsets;
import org.matchwise.MatchwiseProperties;
import org.matchwise.applicant.ApplicantService;
import org.matchwise.imports.ImportFormat;
import org.matchwise.imports.ImportReport;
import org.matchwise.imports.ImportService;
import org.matchwise.profile.json.ProfileJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;

/**
 * After {@link DemoAccounts}, loads the {@link DemoCohort} into the demo school through the JSON import (as
 * the demo admin), so the embedded default opens on a believable caseload. Idempotent: the import leaves
 * identical records untouched, so a restart changes nothing. Off in tests (profile {@code test}, whose
 * contexts start empty) and wherever the demo is off (the postgres profile).
 */
@Component
@Order(30)
@Profile("!test")
class DemoCohortLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCohortLoader.class);

    private final MatchwiseProperties properties;
    private final UserDetailsService accounts;
    private final ImportService imports;
    private final ProfileJson profiles;
    private final ObjectMapper mapper;
    private final ApplicantService applicants;

    DemoCohortLoader(MatchwiseProperties properties, UserDetailsService accounts, ImportService imports,
            ProfileJson profiles, ObjectMapper mapper, ApplicantService applicants) {
        this.properties = properties;
        this.accounts = accounts;
        this.imports = imports;
        this.profiles = profiles;
        this.mapper = mapper;
        this.applicants = applicants;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.demo().enabled()) {
            return;
        }
        log.info("Loading the demo cohort ({} applicants) ...", DemoCohort.applicants().size());
        ImportReport report = load(DemoAccounts.ACCOUNTS.get(0).email());
        log.info("Demo cohort: {} created, {} updated, {} unchanged", report.created(), report.updated(),
                report.unchanged());
    }

    /**
     * Imports the demo cohort as {@code adminEmail} and links Dana Reyes's record to the demo applicant
     * account (so applicant@demo.example sees her own case); returns the import's report.
     */
    ImportReport load(String adminEmail) {
        ArrayNode array = mapper.createArrayNode();
        DemoCohort.applicants().forEach(a -> array.add(profiles.write(a.profile())));
        UserDetails admin = accounts.loadUserByUsername(adminEmail);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
        try {
            ImportReport report = imports.importFile(ImportFormat.JSON,
                    mapper.writeValueAsString(array).getBytes(StandardCharsets.UTF_8), false, DemoCohort.ADVISOR);
            if (!report.valid()) {
                throw new IllegalStateException("the demo cohort was rejected: " + report.problems());
            }
            applicants.findByExternalId(DemoCohort.DEMO_APPLICANT_ID)
                    .filter(dana -> dana.linkedUserId() == null)
                    .ifPresent(dana -> applicants.linkAccount(dana.id(), DemoCohort.DEMO_APPLICANT_EMAIL));
            return report;
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
