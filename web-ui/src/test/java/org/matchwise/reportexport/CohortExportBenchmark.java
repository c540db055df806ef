package org.matchwise.reportexport;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.matchwise.AsUser;
import org.matchwise.MatchwiseTest;
import org.matchwise.applicant.ApplicantService;
import org.matchwise.demo.DemoCohort;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The cohort export through the service, as the job runs it: one ZIP of both reports of every applicant plus
 * the cohort summary. With the benchmark switch (README, "Benchmarks"): {@code ./mvnw -Pbenchmarks -pl web-ui -am verify
 * -Dtest=CohortExportBenchmark -Dsurefire.failIfNoSpecifiedTests=false}; the figures are printed as BENCHMARK lines
 * (see reports/BENCHMARK.md). Asserts the export target of issue 13 (500 applicants in under 60 s on 2 cores) as a
 * rate: under {@value #TARGET_MS_PER_APPLICANT} ms of wall time per applicant.
 */
@MatchwiseTest
@Tag("benchmark")
class CohortExportBenchmark {

    static final int YEAR = 2036;
    static final int APPLICANTS = Integer.getInteger("matchwise.benchmark.applicants", 60);
    static final long TARGET_MS_PER_APPLICANT = 60_000 / 500;

    @Autowired UserDetailsService accounts;
    @Autowired ApplicantService applicants;
    @Autowired ExportJobService exports;

    @Test
    void export_a_cohort_through_the_service() throws Exception {
        var demo = DemoCohort.applicants();
        for (int i = 0; i < APPLICANTS; i++) {
            var p = demo.get(i % demo.size()).profile().toBuilder().matchYear(YEAR).externalId("BENCH-" + UUID.randomUUID())
                    .build();
            ReportFixtures.create(accounts, applicants, "advisor@demo.example", p);
        }
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        long cpuBefore = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
        Instant start = Instant.now();
        ExportJobView job = ((ExportStart.Started) AsUser.call(accounts, "advisor@demo.example",
                () -> exports.start(YEAR))).job();
        while (!job.finished()) {
            Thread.sleep(200);
            long id = job.id();
            job = AsUser.call(accounts, "advisor@demo.example", () -> exports.job(id));
        }
        Duration wall = Duration.between(start, Instant.now());
        long cpu = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() - cpuBefore;
        long peakHeap = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        assertThat(job.status()).isEqualTo(ExportStatus.DONE);
        long id = job.id();
        long size = AsUser.call(accounts, "advisor@demo.example", () -> exports.download(id)).orElseThrow().size();
        System.out.printf("BENCHMARK cohort export: %d applicants (%d PDFs + summary), wall %.1f s (%.0f ms per applicant),"
                        + " process CPU %.1f s, peak heap %d MB of %d MB max, ZIP %.1f MB, load average %.1f%n",
                APPLICANTS, 2 * APPLICANTS, wall.toMillis() / 1000.0, wall.toMillis() / (double) APPLICANTS, cpu / 1e9,
                peakHeap >> 20, Runtime.getRuntime().maxMemory() >> 20, size / 1048576.0,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        assertThat(wall.toMillis() / (double) APPLICANTS).as("wall ms per applicant").isLessThan(TARGET_MS_PER_APPLICANT);
    }
}
