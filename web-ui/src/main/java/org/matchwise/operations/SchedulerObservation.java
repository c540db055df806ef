package org.matchwise.operations;

import com.github.kagkarlsson.scheduler.boot.config.DbSchedulerCustomizer;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.event.AbstractSchedulerListener;
import com.github.kagkarlsson.scheduler.event.ExecutionInterceptor;
import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import java.util.Optional;
import org.slf4j.MDC;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * db-scheduler seen from operations: the scheduler is named after the node (in {@code scheduled_tasks.picked_by}),
 * every execution is timed as {@code matchwise.jobs.runs}, and its log lines carry a {@code requestId} of
 * {@code task:<name>:<instance>}, like a request's.
 */
@Configuration(proxyBeanMethods = false)
class SchedulerObservation {

    @Bean
    DbSchedulerCustomizer nodeNamedScheduler(NodeName node) {
        return new DbSchedulerCustomizer() {
            @Override
            public Optional<SchedulerName> schedulerName() {
                return Optional.of(new SchedulerName.Fixed(node.get()));
            }
        };
    }

    @Bean
    AbstractSchedulerListener jobRunMetrics(JobMetrics metrics) {
        return new AbstractSchedulerListener() {
            @Override
            public void onExecutionComplete(ExecutionComplete done) {
                metrics.run(done.getExecution().getTaskName(), done.getResult().name().toLowerCase(java.util.Locale.ROOT),
                        done.getDuration());
            }
        };
    }

    @Bean
    ExecutionInterceptor requestIdForTasks() {
        return (instance, context, chain) -> {
            String previous = MDC.get(RequestIds.MDC_KEY);
            MDC.put(RequestIds.MDC_KEY, "task:" + instance.getTaskName() + ":" + instance.getId());
            try {
                return chain.proceed(instance, context);
            } finally {
                if (previous == null) {
                    MDC.remove(RequestIds.MDC_KEY);
                } else {
                    MDC.put(RequestIds.MDC_KEY, previous);
                }
            }
        };
    }
}
