package org.matchwise.imports;

import org.matchwise.AsUser;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.matchwise.MatchwiseTest;
import org.matchwise.demo.BenchmarkData;
import org.matchwise.testing.PostgresDatabase;
import org.matchwise.testing.RequiresPostgres;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * The import benchmark of docs/benchmarks.md: 1,000 roster rows into PostgreSQL in under 5 s. Excluded from
 * the default run (it needs PostgreSQL and a quiet machine); run it with the benchmark switch (README, "Benchmarks"),
 * {@code ./mvnw -Pbenchmarks -pl web-ui -am verify -Dtest=RosterImportBenchmark -Dsurefire.failIfNoSpecifiedTests=false},
 * and MATCHWISE_TEST_POSTGRES_URL set.
 */
@MatchwiseTest
@RequiresPostgres
@Tag("benchmark")
@TestPropertySource(properties = {"logging.level.org.matchwise.imports=DEBUG",
    "logging.level.org.matchwise.applicant.ApplicantService=DEBUG",
    "spring.datasource.hikari.data-source-properties.reWriteBatchedInserts=true",
    "spring.jpa.properties.hibernate.generate_statistics=true",
    "logging.level.org.hibernate.engine.internal.StatisticalLoggingSessionEventListener=INFO"})
class RosterImportBenchmark {

    private static final String ADMIN = "admin@demo.example";
    private static final int ROWS = Integer.getInteger("matchwise.benchmark.rows", 1000);
    private static final com.sun.management.OperatingSystemMXBean PROCESS = (com.sun.management.OperatingSystemMXBean)
            java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    @Autowired
    ImportService imports;
    @Autowired
    UserDetailsService accounts;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        PostgresDatabase.register(registry);
    }

    private ImportReport run(String csv, boolean dryRun) {
        byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
        return AsUser.call(accounts, ADMIN, () -> imports.importFile(ImportFormat.CSV, bytes, dryRun, null));
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    @Test
    void a_roster_of_a_thousand_new_applicants_imports_into_postgresql_in_under_five_seconds() {
        long seed = System.nanoTime() % 1_000_000;
        for (int w = 1; w <= 3; w++) { // warm-up: JIT, pools, caches (the 1,000-row run should not pay for compiling)
            run(BenchmarkData.rosterCsv(seed + w, 200, 2027, "advisor@demo.example"), false);
        }
        String csv = BenchmarkData.rosterCsv(seed, ROWS, 2027, "advisor@demo.example");

        long t0 = System.nanoTime();
        ImportReport preview = run(csv, true);
        double dryRun = seconds(t0);
        long t1 = System.nanoTime();
        long cpu1 = THREADS.getCurrentThreadCpuTime();
        long process1 = PROCESS.getProcessCpuTime();
        ImportReport created = run(csv, false);
        double create = seconds(t1);
        double createCpu = (THREADS.getCurrentThreadCpuTime() - cpu1) / 1e9;
        double processCpu = (PROCESS.getProcessCpuTime() - process1) / 1e9;
        long t2 = System.nanoTime();
        ImportReport again = run(csv, false);
        double reimport = seconds(t2);

        System.out.printf(Locale.ROOT, "BENCHMARK roster import of %d rows on PostgreSQL: dry run %.2f s, create %.2f s "
                + "(CPU of the importing thread %.2f s, of the whole JVM %.2f s), re-import (unchanged) %.2f s; load average %.1f%n",
                ROWS, dryRun, create, createCpu, processCpu, reimport, java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                        .getSystemLoadAverage());
        assertThat(preview.created()).isEqualTo(ROWS);
        assertThat(created.created()).isEqualTo(ROWS);
        assertThat(again.unchanged()).isEqualTo(ROWS);
        assertThat(create).isLessThan(5.0);
    }
}
