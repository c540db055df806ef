package org.matchwise.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.matchwise.applicant.ApplicantProfile;
import org.matchwise.ruleset.RuleSet;
import org.matchwise.testing.LargeProfiles;

/**
 * The worst profile the API lets in: every list at the limit {@code matchwise.limits.profile-list} (default 100,
 * README "Limits"), cycles with 100 specialties each, is assessed (every flag rule, Step 2 CK timing, readiness with
 * reasons and checklist) in under 50 ms. Tag {@code benchmark}, run only with the benchmark switch (README,
 * "Benchmarks"):
 *
 * <pre>
 * ./mvnw -q -Pbenchmarks -pl core verify -Dtest=ListLimitsBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 *
 * Prints median, p95 and max of the wall clock and of the thread's CPU time (the figure that matters on a shared,
 * loaded machine); asserts the median CPU time. {@code -Dmatchwise.benchmark.list-limit=} measures another limit.
 */
@Tag("benchmark")
class ListLimitsBenchmark {

    private static final int LIMIT = Integer.getInteger("matchwise.benchmark.list-limit", 100);
    private static final int WARMUP = 200;
    private static final int RUNS = 200;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @Test
    void a_profile_with_every_list_at_the_limit_is_assessed_in_under_50_ms() {
        RuleSet rules = RuleSet.defaults(2027);
        LocalDate asOf = LocalDate.of(2026, 5, 15);
        ApplicantProfile[] profiles = new ApplicantProfile[8];
        for (int i = 0; i < profiles.length; i++) {
            profiles[i] = LargeProfiles.withEntriesPerList(LIMIT, i);
        }
        int flags = 0;
        for (int i = 0; i < WARMUP; i++) {
            flags += Assessor.assess(profiles[i % profiles.length], rules, asOf).flags().size();
        }
        long[] wall = new long[RUNS];
        long[] cpu = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long cpuStart = THREADS.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            Assessment a = Assessor.assess(profiles[i % profiles.length], rules, asOf, null, null, Locale.ENGLISH);
            wall[i] = System.nanoTime() - start;
            cpu[i] = THREADS.getCurrentThreadCpuTime() - cpuStart;
            flags += a.flags().size();
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        System.out.printf(Locale.ROOT, "BENCHMARK list limits: %d entries per list (%d specialties per cycle), %d runs: "
                        + "wall median %.2f ms, p95 %.2f ms, max %.2f ms; CPU median %.2f ms, p95 %.2f ms (flags seen: %d)%n",
                LIMIT, LIMIT, RUNS, wall[RUNS / 2] / 1e6, wall[RUNS * 95 / 100] / 1e6, wall[RUNS - 1] / 1e6,
                cpu[RUNS / 2] / 1e6, cpu[RUNS * 95 / 100] / 1e6, flags);

        assertThat(cpu[RUNS / 2] / 1e6).as("median CPU ms per assessment at the list limits").isLessThan(50.0);
    }
}
