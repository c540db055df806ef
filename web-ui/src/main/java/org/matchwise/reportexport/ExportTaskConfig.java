package org.matchwise.reportexport;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import org.matchwise.operations.JobMetrics;
import org.matchwise.operations.Outages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.event.ContextClosedEvent;

/**
 * The db-scheduler task behind cohort exports. The task instance id is the export job's id; everything else
 * (school, starter, match year, checkpoint) is in the database. How a run ends:
 * <ul>
 *   <li>done, failed for good, or cancelled: the runner recorded it on the job; the execution is removed;</li>
 *   <li>the node is shutting down: the job is handed back at once, for any node to resume from its checkpoint;</li>
 *   <li>an outage (database or file store unreachable): retried with exponential backoff
 *       ({@code matchwise.exports.retry-*}), then failed with a plain sentence;</li>
 *   <li>the node died (kill -9, a lost machine): its heartbeat goes stale and another node revives the job
 *       ({@code db-scheduler.heartbeat-interval} x {@code db-scheduler.missed-heartbeats-limit}).</li>
 * </ul>
 * A recurring task deletes the ZIPs of exports older than {@code matchwise.exports.keep}.
 */
@Configuration(proxyBeanMethods = false)
class ExportTaskConfig {

    static final String TASK_NAME = "reportexport-cohort";
    static final String RETENTION_TASK_NAME = "reportexport-retention";
    private static final Logger log = LoggerFactory.getLogger(ExportTaskConfig.class);

    @Bean
    OneTimeTask<Void> cohortExportTask(@Lazy CohortExportRunner runner, ExportSettings settings, Clock clock,
            @Lazy JobMetrics metrics) {
        FailureHandler<Void> onFailure = (complete, operations) -> {
            long jobId = Long.parseLong(complete.getExecution().getId());
            Throwable cause = complete.getCause().orElse(null);
            if (cause instanceof CohortExportRunner.Paused) {
                operations.reschedule(complete, clock.instant());
                return;
            }
            int failures = complete.getExecution().consecutiveFailures + 1;
            Labels text = new Labels(Locale.ENGLISH);
            if (Outages.isOutage(cause) && failures <= settings.retries()) {
                Duration wait = backoff(settings, failures);
                log.warn("Cohort export {}: outage, retry {} of {} in {}", jobId, failures, settings.retries(), wait);
                runner.noteRetry(jobId, text.get("exports.retrying", String.valueOf(failures),
                        String.valueOf(settings.retries())));
                metrics.finished("export", "retried");
                operations.reschedule(complete, clock.instant().plus(wait));
            } else {
                log.error("Cohort export {}: giving up after {} tries", jobId, failures, cause);
                runner.fail(jobId, Outages.isOutage(cause) ? text.get("error.unreachable", String.valueOf(failures))
                        : text.get("error.failed", String.valueOf(jobId)));
                operations.remove();
            }
        };
        return Tasks.oneTime(TASK_NAME)
                .onFailure(onFailure)
                .onDeadExecutionRevive()
                .execute((instance, context) -> runner.run(Long.parseLong(instance.getId()),
                        () -> context.getSchedulerState().isShuttingDown()));
    }

    static Duration backoff(ExportSettings settings, int failures) {
        Duration wait = settings.retryBackoff().multipliedBy(1L << Math.min(failures - 1, 20));
        return wait.compareTo(settings.retryBackoffMax()) > 0 ? settings.retryBackoffMax() : wait;
    }

    @Bean
    RecurringTask<Void> exportRetentionTask(@Lazy ExportRetention retention, ExportSettings settings) {
        return Tasks.recurring(RETENTION_TASK_NAME, FixedDelay.of(settings.purgeEvery()))
                .execute((instance, context) -> retention.purge());
    }

    /**
     * On shutdown (SIGTERM), stop the scheduler first, while the database, JPA and the file store are still up:
     * a running export sees it between two applicants and hands its job back (above), instead of running on
     * into a closing context. Then the web server drains its requests (server.shutdown=graceful).
     */
    @Bean
    ApplicationListener<ContextClosedEvent> stopSchedulerFirst(ObjectProvider<Scheduler> scheduler) {
        return event -> scheduler.ifAvailable(s -> {
            log.info("Shutting down: stopping background jobs; a running export is handed back to the other nodes");
            s.stop();
        });
    }
}
