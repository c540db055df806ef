package org.matchwise.demo;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.matchwise.applicant.ApplicantProfile;
import org.matchwise.applicant.ApplicantService;
import org.matchwise.applicant.BulkCreate;
import org.matchwise.applicant.SaveResult;
import org.matchwise.account.Role;
import org.matchwise.security.AccountSetup;
import org.matchwise.security.AccountSetup.NewAccount;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Fills a database with generated applicants for load tests, then exits (see docs/benchmarks.md):
 * <pre>java -jar web-ui/target/matchwise.jar --spring.profiles.active=postgres \
 *     --matchwise.generate.applicants=10000 --matchwise.generate.years=5</pre>
 * Options under {@code matchwise.generate.}: {@code applicants} (required), {@code years} (5), {@code seed} (1),
 * {@code batch} (500 applicants per transaction), {@code school} ("Benchmark School of Medicine"),
 * {@code exit} (true), {@code password} (the accounts' password; random and never shown unless given),
 * {@code applicant-accounts} (0: how many of the generated applicants, in order, get an APPLICANT account
 * {@code applicant-<n>@<school slug>.invalid} linked to their record, for load tests of the applicants' side). The school
 * gets an admin ({@code admin@<school slug>.invalid}) and an advisor ({@code advisor@<school slug>.invalid}) who
 * own the data. Data goes through the applicant service's
 * bulk create (as imports do), all-or-nothing per batch, with every season before the current one closed on its
 * Match Day and its snapshot frozen; running the same command again skips the applicants already there.
 */
@Component
@Order(100)
@ConditionalOnProperty(name = "matchwise.generate.applicants")
class BenchmarkGenerator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BenchmarkGenerator.class);

    private final Environment env;
    private final AccountSetup setup;
    private final UserDetailsService accounts;
    private final ApplicantService applicants;
    private final ConfigurableApplicationContext context;

    BenchmarkGenerator(Environment env, AccountSetup setup, UserDetailsService accounts,
            ApplicantService applicants, ConfigurableApplicationContext context) {
        this.env = env;
        this.setup = setup;
        this.accounts = accounts;
        this.applicants = applicants;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        int applicants = env.getRequiredProperty("matchwise.generate.applicants", Integer.class);
        int years = env.getProperty("matchwise.generate.years", Integer.class, 5);
        long seed = env.getProperty("matchwise.generate.seed", Long.class, 1L);
        int batch = env.getProperty("matchwise.generate.batch", Integer.class, 500);
        String school = env.getProperty("matchwise.generate.school", "Benchmark School of Medicine");
        String slug = school.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        String admin = "admin@" + slug + ".invalid";
        String advisor = "advisor@" + slug + ".invalid";
        // a known password (for signing in to measure over HTTP) only when asked for; else random and never shown
        String password = env.getProperty("matchwise.generate.password", randomPassword());
        if (!setup.schoolExists(school)) {
            setup.createSchoolWithAccounts(school, List.of(
                    new NewAccount(admin, "Benchmark Admin", Role.ADMIN, password),
                    new NewAccount(advisor, "Benchmark Advisor", Role.ADVISOR, password)));
        }
        log.info("Generating {} applicants over match years {} (seed {}) into '{}' in batches of {}", applicants,
                BenchmarkData.matchYears(years), seed, school, batch);
        UserDetails user = accounts.loadUserByUsername(admin);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        long started = System.nanoTime();
        int created = 0;
        int unchanged = 0;
        try {
            for (int from = 0; from < applicants; from += batch) {
                int to = Math.min(applicants, from + batch);
                List<ApplicantProfile> generated = BenchmarkData.applicants(seed, years, from, to).toList();
                Set<String> existing = this.applicants.existingExternalIds(
                        generated.stream().map(ApplicantProfile::externalId).toList());
                List<BulkCreate.NewApplicant> fresh = generated.stream().filter(p -> !existing.contains(p.externalId()))
                        .map(p -> new BulkCreate.NewApplicant(p, advisor, BenchmarkData.closedCycles(p))).toList();
                if (!fresh.isEmpty() && this.applicants.createAll(fresh) instanceof BulkCreate.Refused refused) {
                    throw new IllegalStateException("generated batch " + from + ".." + to + " was refused: "
                            + refused.problems().values().stream().limit(5).toList());
                }
                created += fresh.size();
                unchanged += existing.size();
                double seconds = (System.nanoTime() - started) / 1e9;
                log.info("{}/{} applicants ({} created, {} already there) in {} s, {} applicants/s", to, applicants,
                        created, unchanged, String.format(Locale.ROOT, "%.1f", seconds),
                        String.format(Locale.ROOT, "%.0f", to / seconds));
            }
            linkApplicantAccounts(school, slug, password, seed, years,
                    Math.min(applicants, env.getProperty("matchwise.generate.applicant-accounts", Integer.class, 0)));
        } finally {
            SecurityContextHolder.clearContext();
        }
        log.info("Done: {} applicants in {} s", applicants,
                String.format(Locale.ROOT, "%.1f", (System.nanoTime() - started) / 1e9));
        if (env.getProperty("matchwise.generate.exit", Boolean.class, true)) {
            System.exit(SpringApplication.exit(context, () -> 0));
        }
    }

    /** Accounts applicant-1..n, each linked to one of the first n generated applicants (skips those there). */
    private void linkApplicantAccounts(String school, String slug, String password, long seed, int years, int n) {
        if (n <= 0) {
            return;
        }
        List<ApplicantProfile> first = BenchmarkData.applicants(seed, years, 0, n).toList();
        List<NewAccount> fresh = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            String email = "applicant-" + (i + 1) + "@" + slug + ".invalid";
            if (!setup.accountExists(email)) {
                ApplicantProfile p = first.get(i);
                fresh.add(new NewAccount(email, p.name().given() + " " + p.name().family(), Role.APPLICANT, password));
            }
        }
        if (!fresh.isEmpty()) {
            setup.createSchoolWithAccounts(school, fresh);
        }
        int linked = 0;
        for (int i = 0; i < n; i++) {
            String email = "applicant-" + (i + 1) + "@" + slug + ".invalid";
            var record = applicants.findByExternalId(first.get(i).externalId()).orElseThrow();
            if (record.linkedUserId() == null) {
                if (applicants.linkAccount(record.id(), email) instanceof SaveResult.Rejected r) {
                    throw new IllegalStateException("could not link " + email + ": " + r);
                }
                linked++;
            }
        }
        log.info("Applicant accounts: {} created, {} linked (applicant-1..{}@{}.invalid)", fresh.size(), linked, n, slug);
    }

    private static String randomPassword() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

}
