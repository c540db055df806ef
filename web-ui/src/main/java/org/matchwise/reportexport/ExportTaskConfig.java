package org.matchwise.reportexport;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/**
 * The db-scheduler task behind cohort exports. The task instance id is the export job's id; everything else
 * (school, starter, match year) is in the job's row. A failing export marks its job FAILED and completes,
 * so db-scheduler never retries a half-done export on its own.
 */
@Configuration(proxyBeanMethods = false)
class ExportTaskConfig {

    static final String TASK_NAME = "reportexport-cohort";

    @Bean
    OneTimeTask<Void> cohortExportTask(@Lazy CohortExportRunner runner) {
        return Tasks.oneTime(TASK_NAME).execute((instance, context) -> runner.run(Long.parseLong(instance.getId())));
    }
}
