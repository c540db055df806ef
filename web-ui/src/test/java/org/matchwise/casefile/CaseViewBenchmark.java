package org.matchwise.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.matchwise.AsUser;
import org.matchwise.BenchmarkDatabase;
import org.matchwise.MatchwiseApplication;
import org.matchwise.applicant.ApplicantService;
import org.matchwise.applicant.ApplicantViews.ApplicantPage;
import org.matchwise.applicant.ApplicantViews.ApplicantSummary;
import org.matchwise.applicant.ApplicantViews.ListFilter;
import org.matchwise.casefile.CaseViews.CaseLookup;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Server-side time and SQL statements of opening a case ({@link CaseFileService#open}, everything the case view
 * reads when it opens) on a PostgreSQL database filled by the benchmark generator (docs/benchmarks.md, "Case
 * view"). Runs with the benchmark switch (README, "Benchmarks") on the database {@code MATCHWISE_BENCH_POSTGRES_URL}
 * names, and skips without one.
 */
@SpringBootTest(classes = MatchwiseApplication.class)
@ActiveProfiles("postgres")
@Tag("benchmark")
class CaseViewBenchmark {

    static final String ADVISOR = System.getProperty("matchwise.benchmark.caseview.advisor",
            "advisor@benchmark-school-of-medicine.invalid");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", BenchmarkDatabase::url);
        registry.add("spring.jpa.properties.hibernate.generate_statistics", () -> "true");
        registry.add("matchwise.bootstrap.admin.email", () -> "first.admin@case-bench.example");
        registry.add("matchwise.bootstrap.admin.password", () -> "case-bench-admin-pw-1");
    }

    @BeforeAll
    static void needsTheDatabase() {
        BenchmarkDatabase.require();
    }

    @Autowired CaseFileService cases;
    @Autowired ApplicantService applicants;
    @Autowired UserDetailsService accounts;
    @Autowired EntityManagerFactory emf;

    @Test
    void opening_a_case_takes_under_200_ms_with_a_bounded_number_of_statements() {
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        AsUser.call(accounts, ADVISOR, () -> {
            ApplicantPage first = applicants.list(ListFilter.none(), 0, 1);
            long total = first.total();
            Random random = new Random(7);
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < 70; i++) {
                ApplicantPage page = applicants.list(ListFilter.none(), random.nextInt((int) Math.min(total, 10_000)), 1);
                ids.add(page.items().stream().map(ApplicantSummary::id).findFirst().orElseThrow());
            }
            for (long id : ids.subList(0, 20)) {
                assertThat(cases.open(id)).isInstanceOf(CaseLookup.Found.class);
            }
            List<Double> millis = new ArrayList<>();
            List<Long> statements = new ArrayList<>();
            for (long id : ids.subList(20, 70)) {
                stats.clear();
                long start = System.nanoTime();
                cases.open(id);
                millis.add((System.nanoTime() - start) / 1e6);
                statements.add(stats.getPrepareStatementCount());
            }
            Collections.sort(millis);
            Collections.sort(statements);
            double median = millis.get(millis.size() / 2);
            double p95 = millis.get((int) Math.ceil(millis.size() * 0.95) - 1);
            System.out.printf("CASEVIEW_BENCHMARK applicants=%d opened=%d median=%.1fms p95=%.1fms max=%.1fms "
                    + "statements=%d..%d load=%s%n", total, millis.size(), median, p95, millis.getLast(),
                    statements.getFirst(), statements.getLast(),
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            assertThat(statements.getLast()).as("statements per open").isLessThanOrEqualTo(60);
            assertThat(median).as("median ms per open").isLessThan(200);
            return null;
        });
    }
}
