package org.matchwise.operations;

import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Whether this node reaches its database, known within seconds: a background thread asks the pool for a
 * connection and validates it every {@code matchwise.health.database.interval} (1 s), with a validation
 * timeout of 2 s. The health indicator {@code database} (part of readiness) reports the last answer and turns
 * DOWN as soon as no probe has succeeded for {@code matchwise.health.database.stale-after} (3 s), even while a
 * probe still hangs on a cut connection or waits for the pool, so readiness is DOWN within 5 s of an outage and
 * UP again with the first probe that succeeds. The UI's outage screen and the export jobs read it too.
 */
@Component("database")
public class DatabaseProbe implements HealthIndicator, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DatabaseProbe.class);

    private final DataSource dataSource;
    private final Clock clock;
    private final Duration interval;
    private final Duration staleAfter;
    private final AtomicReference<Instant> lastSuccess = new AtomicReference<>();
    private final AtomicReference<String> lastError = new AtomicReference<>();
    private volatile Thread thread;
    private volatile boolean running;
    private volatile boolean reachable = true;

    DatabaseProbe(DataSource dataSource, Clock clock,
            @Value("${matchwise.health.database.interval:PT1S}") Duration interval,
            @Value("${matchwise.health.database.stale-after:PT3S}") Duration staleAfter) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.interval = interval;
        this.staleAfter = staleAfter;
        this.lastSuccess.set(clock.instant());
    }

    /** True while a probe succeeded within the last {@code stale-after}. */
    public boolean reachable() {
        Instant last = lastSuccess.get();
        return last != null && Duration.between(last, clock.instant()).compareTo(staleAfter) <= 0;
    }

    @Override
    public Health health() {
        Instant last = lastSuccess.get();
        if (reachable()) {
            return Health.up().withDetail("lastSuccess", String.valueOf(last)).build();
        }
        return Health.down().withDetail("lastSuccess", String.valueOf(last))
                .withDetail("error", String.valueOf(lastError.get())).build();
    }

    /** One probe, on the caller's thread. */
    void probe() {
        try (Connection c = dataSource.getConnection()) {
            if (!c.isValid(2)) {
                throw new java.sql.SQLException("the connection did not validate within 2 s");
            }
            lastSuccess.set(clock.instant());
            lastError.set(null);
            if (!reachable) {
                reachable = true;
                log.warn("The database answers again");
            }
        } catch (Exception e) {
            lastError.set(e.getClass().getSimpleName() + ": " + e.getMessage());
            if (reachable && !reachable()) {
                reachable = false;
                log.error("The database does not answer: {}", e.toString());
            }
        }
    }

    private void loop() {
        while (running) {
            probe();
            if (reachable && !reachable()) {
                reachable = false;
                log.error("The database does not answer ({})", lastError.get());
            }
            try {
                Thread.sleep(interval);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @Override
    public void start() {
        running = true;
        thread = Thread.ofVirtual().name("database-probe").start(this::loop);
    }

    @Override
    public void stop() {
        running = false;
        Thread t = thread;
        if (t != null) {
            t.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
