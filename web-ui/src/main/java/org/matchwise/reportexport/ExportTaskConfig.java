package org.matchwise.reportexport;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/**
 * The db-scheduler task behind cohort exports. The task instance id is the export job's id; everything else
 * (school, starter, match year) is in the job's row. A failing export marks its job FAILED and completes,
 * so db-scheduler never retries a half-done export on its own. A recurring task deletes the ZIPs of exports older
 * than {@code matchwise.exports.keep}.
 */
@Configuration(proxyBeanMethods = false)
class ExportTaskConfig {

    static final String TASK_NAME = "reportexport-cohort";
    static final String RETENTION_TASK_NAME = "reportexport-retention";

    @Bean
    OneTimeTask<Void> cohortExportTask(@Lazy CohortExportRunner runner) {
        return Tasks.oneTime(TASK_NAME).execute((instance, context) -> runner.run(Long.parseLong(instance.getId())));
    }

    @Bean
    RecurringTask<Void> exportRetentionTask(@Lazy ExportRetention retention, ExportSettings settings) {
        return Tasks.recurring(RETENTION_TASK_NAME, FixedDelay.of(settings.purgeEvery()))
                .execute((instance, context) -> retention.purge());
    }
}
