package org.matchwise.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Timings, not run by default (tag "benchmark"). Run with the benchmark switch (README, "Benchmarks"):
 * {@code ./mvnw -B -q -Pbenchmarks -pl reports -am verify -Dsurefire.failIfNoSpecifiedTests=false
 * -Dtest=ReportBenchmark -DargLine=-Xmx256m}. The batch renders on a thread per core and writes PDFs into the ZIP in
 * order, holding at most two per thread in memory. Each test prints its figures and asserts its target; figures are
 * in reports/BENCHMARK.md.
 */
@Tag("benchmark")
class ReportBenchmark {

    private static final int WARM_UP = 30;
    private static final int MEASURED = 50;
    private static final int BATCH = 500;

    @Test
    void oneReadinessReportWarmRendersWellUnder300Milliseconds() {
        ReportRenderer renderer = new ReportRenderer();
        ReadinessReport model = SampleReports.readiness();
        for (int i = 0; i < WARM_UP; i++) {
            renderer.render(model, Variant.OFFICE, Locale.US);
        }
        long[] nanos = new long[MEASURED];
        long[] cpu = new long[MEASURED];
        for (int i = 0; i < MEASURED; i++) {
            long cpuStart = THREADS.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            renderer.render(model, Variant.OFFICE, Locale.US);
            nanos[i] = System.nanoTime() - start;
            cpu[i] = THREADS.getCurrentThreadCpuTime() - cpuStart;
        }
        Arrays.sort(nanos);
        Arrays.sort(cpu);
        double median = nanos[MEASURED / 2] / 1e6;
        double p95 = nanos[(int) (MEASURED * 0.95)] / 1e6;
        // CPU time of the rendering thread: what a render costs when it has a core to itself
        System.out.printf(Locale.ROOT, "BENCHMARK readiness report warm: wall median %.1f ms, p95 %.1f ms, min %.1f ms, max %.1f ms;"
                        + " CPU median %.1f ms; load average %.1f on %d cores%n",
                median, p95, nanos[0] / 1e6, nanos[MEASURED - 1] / 1e6, cpu[MEASURED / 2] / 1e6, loadAverage(), cores());
        assertThat(median).isLessThan(300);
    }

    @Test
    void aBatchOf500ReportsStreamsIntoAZipWithinAMinuteAndBoundedHeap() throws Exception {
        ReportRenderer renderer = new ReportRenderer();
        int threads = Runtime.getRuntime().availableProcessors();
        // at most this many finished PDFs wait in memory for the ZIP writer
        int window = threads * 2;
        AtomicLong cpuNanos = new AtomicLong();
        Path zip = Files.createTempFile("matchwise-batch", ".zip");
        resetPeakHeap();
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try (ZipOutputStream out = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(zip)))) {
            Deque<Future<byte[]>> inFlight = new ArrayDeque<>();
            int written = 0;
            for (int i = 0; i < BATCH; i++) {
                ReadinessReport model = SampleReports.readiness("Applicant " + i + " Ñúñez-Øberg");
                Variant variant = i % 2 == 0 ? Variant.OFFICE : Variant.APPLICANT;
                inFlight.add(pool.submit(() -> {
                    long cpuStart = THREADS.getCurrentThreadCpuTime();
                    byte[] pdf = renderer.render(model, variant, Locale.US);
                    cpuNanos.addAndGet(THREADS.getCurrentThreadCpuTime() - cpuStart);
                    return pdf;
                }));
                if (inFlight.size() >= window) {
                    writeEntry(out, written++, inFlight.poll().get());
                }
            }
            while (!inFlight.isEmpty()) {
                writeEntry(out, written++, inFlight.poll().get());
            }
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long size = Files.size(zip);
        Files.delete(zip);
        long peakHeapMb = peakHeap() / (1024 * 1024);
        System.out.printf(Locale.ROOT, "BENCHMARK batch: %d reports on %d threads in %.1f s wall (%.1f ms each), "
                        + "%.1f ms CPU per report, zip %d KB, peak heap %d MB of max %d MB; load average %.1f on %d cores%n",
                BATCH, threads, seconds, seconds * 1000 / BATCH, cpuNanos.get() / 1e6 / BATCH, size / 1024,
                peakHeapMb, Runtime.getRuntime().maxMemory() / (1024 * 1024), loadAverage(), cores());
        assertThat(seconds).isLessThan(60);
    }

    @Test
    void aBatchStreamedOneByOneIntoTheZipOnOneThread() throws IOException {
        ReportRenderer renderer = new ReportRenderer();
        Path zip = Files.createTempFile("matchwise-batch-seq", ".zip");
        long start = System.nanoTime();
        int count = BATCH / 5;
        try (ZipOutputStream out = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(zip)))) {
            for (int i = 0; i < count; i++) {
                out.putNextEntry(new ZipEntry("readiness-" + i + ".pdf"));
                // the renderer writes straight into the entry and leaves the ZIP stream open
                renderer.render(SampleReports.readiness("Applicant " + i), Variant.APPLICANT, Locale.US, nonClosing(out));
                out.closeEntry();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long entries;
        try (java.util.zip.ZipFile written = new java.util.zip.ZipFile(zip.toFile())) {
            entries = written.size();
        }
        Files.delete(zip);
        assertThat(entries).as("one entry per report").isEqualTo(count);
        System.out.printf(Locale.ROOT, "BENCHMARK sequential streaming: %d reports in %.1f s (%.1f ms each)%n",
                count, seconds, seconds * 1000 / count);
        // the single report's target holds for each report streamed on one thread, cold renderer included
        assertThat(seconds * 1000 / count).as("ms per report, streamed one by one").isLessThan(300);
    }

    private static void writeEntry(ZipOutputStream out, int index, byte[] pdf) throws IOException {
        out.putNextEntry(new ZipEntry("readiness-" + index + ".pdf"));
        out.write(pdf);
        out.closeEntry();
    }

    private static OutputStream nonClosing(OutputStream out) {
        return new java.io.FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static int cores() {
        return Runtime.getRuntime().availableProcessors();
    }

    private static void resetPeakHeap() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed())
                .sum();
    }
}
