package org.matchwise.demo;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.matchwise.account.Role;
import org.matchwise.imports.ImportFormat;
import org.matchwise.imports.ImportReport;
import org.matchwise.imports.ImportService;
import org.matchwise.profile.json.ProfileJson;
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
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;

/**
 * Fills a database with generated applicants for load tests, then exits (see docs/benchmarks.md):
 * <pre>java -jar web-ui/target/matchwise.jar --spring.profiles.active=postgres \
 *     --matchwise.generate.applicants=10000 --matchwise.generate.years=5</pre>
 * Options under {@code matchwise.generate.}: {@code applicants} (required), {@code years} (5), {@code seed} (1),
 * {@code batch} (500 applicants per transaction), {@code school} ("Benchmark School of Medicine"),
 * {@code exit} (true). The school gets an admin and an advisor with random passwords that are never shown (the
 * accounts exist only to own the data; a real admin can reset them). Data goes through the JSON import, so
 * every batch is validated and written like an admin's import, all-or-nothing per batch; running the same
 * command again leaves the data unchanged.
 */
@Component
@Order(100)
@ConditionalOnProperty(name = "matchwise.generate.applicants")
class BenchmarkGenerator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BenchmarkGenerator.class);

    private final Environment env;
    private final AccountSetup setup;
    private final UserDetailsService accounts;
    private final ImportService imports;
    private final ProfileJson profiles;
    private final ObjectMapper mapper;
    private final ConfigurableApplicationContext context;

    BenchmarkGenerator(Environment env, AccountSetup setup, UserDetailsService accounts, ImportService imports,
            ProfileJson profiles, ObjectMapper mapper, ConfigurableApplicationContext context) {
        this.env = env;
        this.setup = setup;
        this.accounts = accounts;
        this.imports = imports;
        this.profiles = profiles;
        this.mapper = mapper;
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
        if (!setup.schoolExists(school)) {
            setup.createSchoolWithAccounts(school, List.of(
                    new NewAccount(admin, "Benchmark Admin", Role.ADMIN, randomPassword()),
                    new NewAccount(advisor, "Benchmark Advisor", Role.ADVISOR, randomPassword())));
        }
        log.info("Generating {} applicants over match years {} (seed {}) into '{}' in batches of {}", applicants,
                BenchmarkData.matchYears(years), seed, school, batch);
        UserDetails user = accounts.loadUserByUsername(admin);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        long started = System.nanoTime();
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        try {
            for (int from = 0; from < applicants; from += batch) {
                int to = Math.min(applicants, from + batch);
                ArrayNode array = mapper.createArrayNode();
                BenchmarkData.applicants(seed, years, from, to).map(profiles::write).forEach(array::add);
                byte[] json = mapper.writeValueAsString(array).getBytes(StandardCharsets.UTF_8);
                ImportReport report = imports.importFile(ImportFormat.JSON, json, false, advisor);
                if (!report.valid()) {
                    throw new IllegalStateException("generated batch " + from + ".." + to + " was rejected: "
                            + report.problems().subList(0, Math.min(5, report.problems().size())));
                }
                created += report.created();
                updated += report.updated();
                unchanged += report.unchanged();
                double seconds = (System.nanoTime() - started) / 1e9;
                log.info("{}/{} applicants ({} created, {} updated, {} unchanged) in {} s, {} applicants/s", to,
                        applicants, created, updated, unchanged, String.format(Locale.ROOT, "%.1f", seconds),
                        String.format(Locale.ROOT, "%.0f", to / seconds));
            }
        } finally {
            SecurityContextHolder.clearContext();
        }
        log.info("Done: {} applicants in {} s", applicants,
                String.format(Locale.ROOT, "%.1f", (System.nanoTime() - started) / 1e9));
        if (env.getProperty("matchwise.generate.exit", Boolean.class, true)) {
            System.exit(SpringApplication.exit(context, () -> 0));
        }
    }

    private static String randomPassword() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

}
