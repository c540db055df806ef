package org.matchwise.invitation;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The thread that sends account mail, apart from request threads: a slow or failing SMTP server then delays
 * and fails nothing a user waits for. One thread and a bounded queue are plenty for invitations and resets; a
 * mail that finds the queue full is dropped with an error in the log (the user can ask for a new link).
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
class AccountMailThread {

    static final String NAME = "accountMailExecutor";

    @Bean(NAME)
    ThreadPoolTaskExecutor accountMailExecutor() {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setThreadNamePrefix("account-mail-");
        executor.setCorePoolSize(1);
        executor.setMaxPoolSize(2);
        executor.setQueueCapacity(500);
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds(10);
        return executor;
    }
}
