package org.matchwise.filestore;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.io.IOException;
import java.time.Clock;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Chooses the file store ({@code matchwise.storage.type}), checks at start that it can be written (the start
 * fails with the reason otherwise, before the server takes traffic), and sweeps what dead writers left.
 */
@Configuration(proxyBeanMethods = false)
class FileStoreConfig {

    static final String SWEEP_TASK_NAME = "filestore-sweep";
    private static final Logger log = LoggerFactory.getLogger(FileStoreConfig.class);

    @Bean
    FileStore fileStore(StorageSettings settings, JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
        return switch (settings.type().toLowerCase(Locale.ROOT)) {
            case "database" -> new DatabaseFileStore(jdbc, transactions, settings, clock);
            case "s3" -> S3FileStore.create(settings);
            default -> throw new StorageUnavailableException("matchwise.storage.type is '" + settings.type() + "'",
                    "Set matchwise.storage.type to 'database' (the default) or 's3'.", null);
        };
    }

    @Bean
    SmartInitializingSingleton fileStoreCheck(FileStore store) {
        return () -> {
            try {
                store.check();
                log.info("File store: {}", store.describe());
            } catch (IOException | RuntimeException e) {
                throw new StorageUnavailableException("The file store (" + store.describe() + ") cannot be written",
                        "Check matchwise.storage.* (README, Operations): the store must exist and this node must be "
                                + "allowed to write, read and delete in it.", e);
            }
        };
    }

    @Bean
    RecurringTask<Void> fileStoreSweepTask(@Lazy FileStore store, StorageSettings settings) {
        return Tasks.recurring(SWEEP_TASK_NAME, FixedDelay.of(settings.sweepEvery())).execute((instance, context) -> {
            try {
                int swept = store.sweep();
                if (swept > 0) {
                    log.info("File store: deleted {} file(s) that a writer never finished", swept);
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }
}
