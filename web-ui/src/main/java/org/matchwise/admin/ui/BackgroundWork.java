package org.matchwise.admin.ui;

import jakarta.annotation.PreDestroy;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutorService;
import org.springframework.stereotype.Component;

/**
 * Runs slow admin work (an import check, a re-assessment) off the request thread, so the screen can show a
 * progress bar meanwhile. The caller's security context goes along: services check role and school there.
 */
@Component
class BackgroundWork {

    private final ExecutorService threads = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "admin-background");
        t.setDaemon(true);
        return t;
    });

    <T> CompletableFuture<T> run(Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, new DelegatingSecurityContextExecutorService(threads));
    }

    @PreDestroy
    void stop() {
        threads.shutdownNow();
    }
}
