package org.matchwise.filestore;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

/**
 * Before anything else starts: the node's data directory ({@code matchwise.data-dir}: the embedded H2 database
 * and other node-local files) must exist or be creatable, and be writable. Otherwise the start fails at once
 * with the directory and what to do, instead of an H2 error or, as before, a failure at the first export.
 * Registered in {@code META-INF/spring.factories}, so it runs before the application context is built.
 */
public class DataDirectoryCheck implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        Environment env = event.getEnvironment();
        if (!env.getProperty("matchwise.storage.check-data-dir", Boolean.class, true)) {
            return;
        }
        check(Path.of(env.getProperty("matchwise.data-dir", "./data")).toAbsolutePath().normalize());
    }

    static void check(Path dir) {
        try {
            Files.createDirectories(dir);
            Path probe = Files.createTempFile(dir, ".write-check-", ".tmp");
            Files.delete(probe);
        } catch (IOException | SecurityException e) {
            String user = System.getProperty("user.name");
            throw new StorageUnavailableException("The data directory " + dir + " (matchwise.data-dir) is not writable",
                    "Make " + dir + " writable by the user running Matchwise (" + user + "), or point MATCHWISE_DATA_DIR"
                            + " at a writable directory (in Docker: the volume mounted at /app/data).", e);
        }
    }
}
