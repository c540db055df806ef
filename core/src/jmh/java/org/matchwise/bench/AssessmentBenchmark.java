package org.matchwise.bench;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.matchwise.testing.RandomProfiles;
import org.matchwise.applicant.ApplicantProfile;
import org.matchwise.assessment.Assessment;
import org.matchwise.assessment.Assessor;
import org.matchwise.ruleset.RuleSet;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Whole assessments (flags, timing, readiness) over 1,000 varied profiles generated from a fixed seed. */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class AssessmentBenchmark {
    private static final int PROFILES = 1_000;
    private final RuleSet rules = RuleSet.defaults(2027);
    private final LocalDate asOf = LocalDate.of(2026, 5, 15);
    private ApplicantProfile[] profiles;
    private int next;

    @Setup
    public void generate() {
        profiles = new ApplicantProfile[PROFILES];
        for (int i = 0; i < PROFILES; i++) {
            profiles[i] = RandomProfiles.generate(20_270_000L + i);
        }
    }

    /** One assessment per call, cycling through the profile mix. */
    @Benchmark
    public Assessment assess() {
        ApplicantProfile p = profiles[next];
        next = next + 1 == PROFILES ? 0 : next + 1;
        return Assessor.assess(p, rules, asOf);
    }
}
