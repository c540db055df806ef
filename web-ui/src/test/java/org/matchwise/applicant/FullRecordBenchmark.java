package org.matchwise.applicant;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.matchwise.AsUser;
import org.matchwise.BenchmarkDatabase;
import org.matchwise.MatchwiseApplication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * One applicant's full record with its history, as {@code GET /api/v1/applicants/{id}} and {@code .../history}
 * (and the case view's history section) read it: {@link ApplicantService#get} then {@link ApplicantService#history}
 * (field-level changes from Envers, the frozen cycle snapshots with their comparisons, what changed since the last
 * unmatched cycle), each in its own transaction as the two requests are. Runs with the benchmark switch (README,
 * "Benchmarks") on the database {@code MATCHWISE_BENCH_POSTGRES_URL} names, filled by the benchmark generator
 * (docs/benchmarks.md, "Full record with history"), and skips without one; warms up, then times many random
 * applicants and prints median, p90 and max and the SQL statements per record. Asserts the target (get + history
 * under 30 ms, median) and that the statement count does not grow with the record (no N+1).
 */
@SpringBootTest(classes = MatchwiseApplication.class)
@ActiveProfiles("postgres")
@Tag("benchmark")
class FullRecordBenchmark {

    static final String ADVISOR = System.getProperty("matchwise.benchmark.advisor",
            "advisor@benchmark-school-of-medicine.invalid");
    static final int WARMUP = Integer.getInteger("matchwise.benchmark.warmup", 100);
    static final int RUNS = Integer.getInteger("matchwise.benchmark.runs", 300);
    /** The target (docs/benchmarks.md): one applicant's full record with its history, median. */
    static final double TARGET_MS = 30;

    @BeforeAll
    static void needsTheGeneratedDatabase() {
        BenchmarkDatabase.require();
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", BenchmarkDatabase::url);
        registry.add("spring.flyway.enabled", () -> "true");
        registry.add("spring.jpa.properties.hibernate.generate_statistics", () -> "true");
        registry.add("logging.level.org.hibernate.engine.internal.StatisticalLoggingSessionEventListener", () -> "WARN");
    }

    @Autowired ApplicantService applicants;
    @Autowired UserDetailsService accounts;
    @Autowired EntityManagerFactory emf;

    private <T> T asAdvisor(Supplier<T> work) {
        return AsUser.call(accounts, ADVISOR, work);
    }

    /** Random applicants of the benchmark school (ids straight from the table: choosing is not what is measured). */
    private List<Long> randomApplicants(int count) {
        try (EntityManager em = emf.createEntityManager()) {
            List<Long> all = em.createQuery("select a.id from ApplicantEntity a where a.schoolId = "
                    + "(select u.schoolId from UserEntity u where u.email = :email) order by a.id", Long.class)
                    .setParameter("email", ADVISOR).getResultList();
            assertThat(all).as("applicants of the benchmark school").hasSizeGreaterThan(100);
            Random random = new Random(4);
            List<Long> picked = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                picked.add(all.get(random.nextInt(all.size())));
            }
            return picked;
        }
    }

    @Test
    void one_applicants_full_record_with_its_history_on_the_generated_ten_thousand() {
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        List<Long> ids = randomApplicants(WARMUP + RUNS);
        asAdvisor(() -> {
            for (long id : ids.subList(0, WARMUP)) {
                applicants.get(id);
                applicants.history(id);
            }
            List<Double> total = new ArrayList<>();
            List<Double> record = new ArrayList<>();
            List<Double> history = new ArrayList<>();
            List<Long> statements = new ArrayList<>();
            List<Double> cpu = new ArrayList<>();
            var threads = ManagementFactory.getThreadMXBean();
            long changes = 0;
            long snapshots = 0;
            for (long id : ids.subList(WARMUP, WARMUP + RUNS)) {
                stats.clear();
                long c0 = threads.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                ApplicantViews.ApplicantRecord r = applicants.get(id);
                long t1 = System.nanoTime();
                ApplicantViews.HistoryView h = applicants.history(id);
                long t2 = System.nanoTime();
                cpu.add((threads.getCurrentThreadCpuTime() - c0) / 1e6);
                statements.add(stats.getPrepareStatementCount());
                record.add((t1 - t0) / 1e6);
                history.add((t2 - t1) / 1e6);
                total.add((t2 - t0) / 1e6);
                changes += h.changes().size();
                snapshots += h.snapshots().size();
                assertThat(r.id()).isEqualTo(id);
            }
            Collections.sort(statements);
            System.out.printf(Locale.ROOT, "[full-record-bench] %d random applicants after %d warm-up, on average %.0f "
                    + "history changes and %.1f cycle snapshots each; SQL statements %d..%d; load average %.1f%n", RUNS,
                    WARMUP, changes / (double) RUNS, snapshots / (double) RUNS, statements.getFirst(),
                    statements.getLast(), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            print("get + history", total);
            print("get + history, thread CPU time", cpu);
            print("get (record)", record);
            print("history (changes + snapshots)", history);
            assertThat(statements.getLast() - statements.getFirst()).as("statements do not grow with the record")
                    .isLessThanOrEqualTo(4);
            assertThat(median(total)).as("get + history, median ms").isLessThan(TARGET_MS);
            return null;
        });
    }

    private static double median(List<Double> millis) {
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static void print(String what, List<Double> millis) {
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        System.out.printf(Locale.ROOT, "[full-record-bench] %-32s median %6.1f ms  p90 %6.1f ms  max %6.1f ms%n", what,
                sorted.get(sorted.size() / 2), sorted.get((int) Math.ceil(sorted.size() * 0.9) - 1), sorted.getLast());
    }
}
