package org.matchwise.dashboard.ui;

import jakarta.annotation.PreDestroy;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutorService;
import org.springframework.stereotype.Component;

/**
 * Loads the dashboard's figures off the request thread, so a slow load can show a progress bar instead of a
 * frozen screen. The caller's security context goes along: the service checks role and school there.
 */
@Component
class DashboardLoader {

    /** One virtual thread per load: the connection pool, not this executor, bounds how many run at once. */
    private final ExecutorService threads = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("dashboard-load-", 0).factory());

    <T> CompletableFuture<T> run(Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, new DelegatingSecurityContextExecutorService(threads));
    }

    @PreDestroy
    void stop() {
        threads.shutdownNow();
    }
}
