package org.matchwise.demo;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import org.matchwise.MatchwiseProperties;
import org.matchwise.applicant.ApplicantService;
import org.matchwise.applicant.ClinicalExperience;
import org.matchwise.applicant.ClinicalKind;
import org.matchwise.applicant.SaveResult;
import org.matchwise.applicant.Setting;
import org.matchwise.applicant.Specialty;
import org.matchwise.imports.ImportFormat;
import org.matchwise.imports.ImportReport;
import org.matchwise.imports.ImportService;
import org.matchwise.portal.PortalService;
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
 * the demo admin), so the embedded default opens on a believable caseload. Only on the first start: a later
 * start finds the cohort and leaves it alone, so what users changed in the demo stays. Off in tests (profile {@code test}, whose
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
    private final PortalService portal;
    private final Clock clock;

    DemoCohortLoader(MatchwiseProperties properties, UserDetailsService accounts, ImportService imports,
            ProfileJson profiles, ObjectMapper mapper, ApplicantService applicants, PortalService portal, Clock clock) {
        this.properties = properties;
        this.accounts = accounts;
        this.imports = imports;
        this.profiles = profiles;
        this.mapper = mapper;
        this.applicants = applicants;
        this.portal = portal;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.demo().enabled()) {
            return;
        }
        String admin = DemoAccounts.ACCOUNTS.get(0).email();
        if (as(admin, () -> applicants.findByExternalId(DemoCohort.DEMO_APPLICANT_ID)).isPresent()) {
            // loaded on an earlier start: importing again would undo what users changed in the demo since
            log.info("Demo cohort: already loaded, left as it is");
            return;
        }
        log.info("Loading the demo cohort ({} applicants) ...", DemoCohort.applicants().size());
        ImportReport report = load(admin);
        log.info("Demo cohort: {} created, {} updated, {} unchanged", report.created(), report.updated(),
                report.unchanged());
        as(DemoCohort.DEMO_APPLICANT_EMAIL, this::addEntryAsTheApplicant);
    }

    private <T> T as(String email, java.util.function.Supplier<T> work) {
        UserDetails user = accounts.loadUserByUsername(email);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /**
     * Imports the demo cohort as {@code adminEmail} and links Dana Reyes's record to the demo applicant
     * account (so applicant@demo.example sees her own case); returns the import's report.
     */
    ImportReport load(String adminEmail) {
        ArrayNode array = mapper.createArrayNode();
        DemoCohort.applicants().forEach(a -> array.add(profiles.write(a.profile())));
        return as(adminEmail, () -> {
            ImportReport report = imports.importFile(ImportFormat.JSON,
                    mapper.writeValueAsString(array).getBytes(StandardCharsets.UTF_8), false, DemoCohort.ADVISOR);
            if (!report.valid()) {
                throw new IllegalStateException("the demo cohort was rejected: " + report.problems());
            }
            applicants.findByExternalId(DemoCohort.DEMO_APPLICANT_ID)
                    .filter(dana -> dana.linkedUserId() == null)
                    .ifPresent(dana -> applicants.linkAccount(dana.id(), DemoCohort.DEMO_APPLICANT_EMAIL));
            return report;
        });
    }

    /**
     * Once, after the first load, as the demo applicant: she adds through her portal a US externship she started
     * three weeks ago, so the advisor's dashboard shows an entry awaiting verification. Returns whether it saved.
     */
    boolean addEntryAsTheApplicant() {
        return portal.myRecord().map(mine -> {
            var externship = new ClinicalExperience(ClinicalKind.HANDS_ON, Specialty.INTERNAL_MEDICINE,
                    "Mount Sinai Medical Center, Miami Beach", Setting.COMMUNITY, true,
                    LocalDate.now(clock).minusWeeks(3), null, null);
            var edited = mine.profile().toBuilder().clinicalExperience(externship).build();
            boolean saved = portal.save(edited, mine.version()) instanceof SaveResult.Saved;
            if (saved) {
                log.info("Demo: {} added a US externship, awaiting an advisor's verification",
                        DemoCohort.DEMO_APPLICANT_EMAIL);
            }
            return saved;
        }).orElse(false);
    }
}
