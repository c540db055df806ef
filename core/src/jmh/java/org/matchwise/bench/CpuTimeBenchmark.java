package org.matchwise.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import org.matchwise.applicant.ApplicantProfile;
import org.matchwise.assessment.Assessor;
import org.matchwise.ruleset.RuleSet;
import org.matchwise.testing.RandomProfiles;

/**
 * The same work as {@link AssessmentBenchmark}, timed by the benchmark thread's CPU time instead of the wall
 * clock, for machines shared with other work (where JMH's wall-clock score measures the neighbours too).
 * Prints assessments per CPU-second for each round after warm-up. Run with
 * {@code java -cp core/target/benchmarks.jar org.matchwise.bench.CpuTimeBenchmark [rounds] [perRound]}.
 */
public final class CpuTimeBenchmark {

    private CpuTimeBenchmark() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 8;
        int perRound = args.length > 1 ? Integer.parseInt(args[1]) : 200_000;
        ApplicantProfile[] profiles = new ApplicantProfile[1_000];
        for (int i = 0; i < profiles.length; i++) {
            profiles[i] = RandomProfiles.generate(20_270_000L + i);
        }
        RuleSet rules = RuleSet.defaults(2027);
        LocalDate asOf = LocalDate.of(2026, 5, 15);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long sink = 0;
        for (int round = 0; round < rounds; round++) {
            long cpuStart = threads.getCurrentThreadCpuTime();
            long wallStart = System.nanoTime();
            for (int i = 0; i < perRound; i++) {
                sink += Assessor.assess(profiles[i % profiles.length], rules, asOf).flags().size();
            }
            double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
            double wallSeconds = (System.nanoTime() - wallStart) / 1e9;
            System.out.printf("round %d%s: %,.0f assessments per CPU-second (%,.0f per wall-second)%n", round + 1,
                    round < 2 ? " (warm-up)" : "", perRound / cpuSeconds, perRound / wallSeconds);
        }
        System.out.println("(checksum " + sink + ")");
    }
}
