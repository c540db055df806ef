package org.matchwise.operations;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Component;

/**
 * Background-job metrics: {@code matchwise.jobs.runs} (every db-scheduler execution, by task and result:
 * see {@link SchedulerObservation}), {@code matchwise.jobs} (how jobs of a kind ended: done, failed,
 * cancelled, retried) and {@code matchwise.exports.applicants} (applicants whose reports an export stored).
 */
@Component
public class JobMetrics {

    private final MeterRegistry registry;
    private final Counter exportedApplicants;

    JobMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.exportedApplicants = Counter.builder("matchwise.exports.applicants")
                .description("Applicants whose reports a cohort export stored").register(registry);
    }

    public void finished(String job, String outcome) {
        Counter.builder("matchwise.jobs").description("Background jobs by how they ended")
                .tag("job", job).tag("outcome", outcome).register(registry).increment();
    }

    public void exportedApplicant() {
        exportedApplicants.increment();
    }

    void run(String task, String result, java.time.Duration took) {
        Timer.builder("matchwise.jobs.runs").description("Executions of scheduled tasks, on this node")
                .tag("task", task).tag("result", result).register(registry).record(took);
    }
}
