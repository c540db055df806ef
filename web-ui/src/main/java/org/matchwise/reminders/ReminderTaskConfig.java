package org.matchwise.reminders;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/**
 * The daily db-scheduler task that sends reminders and digests. A recurring task has one row in the scheduler's
 * table, so only one node picks each run; {@link ReminderJob} records every notice besides, so nothing is sent
 * twice even if two runs overlapped.
 */
@Configuration(proxyBeanMethods = false)
class ReminderTaskConfig {

    static final String TASK_NAME = "reminders-daily";

    @Bean
    RecurringTask<Void> remindersTask(@Lazy ReminderJob job, ReminderSettings settings, Clock clock) {
        return Tasks.recurring(TASK_NAME, Schedules.daily(clock.getZone(), settings.runAt()))
                .execute((instance, context) -> {
                    if (settings.enabled()) {
                        job.runToday();
                    }
                });
    }
}
