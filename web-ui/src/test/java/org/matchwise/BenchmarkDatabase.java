package org.matchwise;

import org.junit.jupiter.api.Assumptions;

/**
 * The PostgreSQL database that the benchmarks on generated data read ({@code FullRecordBenchmark},
 * {@code DashboardBenchmark}, {@code CaseViewBenchmark}): {@code MATCHWISE_BENCH_POSTGRES_URL}, filled by the
 * generator of docs/benchmarks.md ("Generated data"). An input, not a switch: benchmarks run only with
 * {@code -Pbenchmarks} (README, "Benchmarks"), and these skip, with this reason, where no such database is named.
 */
public final class BenchmarkDatabase {

    public static final String VARIABLE = "MATCHWISE_BENCH_POSTGRES_URL";

    private BenchmarkDatabase() {
    }

    /** The JDBC URL of the generated database, or null. */
    public static String url() {
        String url = System.getenv(VARIABLE);
        return url == null || url.isBlank() ? null : url;
    }

    /** For a benchmark's {@code @BeforeAll}: skips the class where no generated database is named. */
    public static void require() {
        Assumptions.assumeTrue(url() != null, VARIABLE + " names no database filled by the benchmark generator"
                + " (docs/benchmarks.md, \"Generated data\")");
    }
}
