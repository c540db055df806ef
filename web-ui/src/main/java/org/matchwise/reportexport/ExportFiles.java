package org.matchwise.reportexport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.matchwise.MatchwiseProperties;
import org.springframework.stereotype.Component;

/** Where cohort exports are written: {@code <matchwise.data-dir>/exports}, outside the database. */
@Component
class ExportFiles {

    private final Path directory;

    ExportFiles(MatchwiseProperties properties) {
        this.directory = Path.of(properties.dataDir()).toAbsolutePath().normalize().resolve("exports");
    }

    Path directory() {
        try {
            return Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the exports directory " + directory, e);
        }
    }

    /** The finished file of a job, named only by the job (never by anything a user typed). */
    Path finished(String fileName) {
        Path file = directory.resolve(fileName).normalize();
        if (!file.getParent().equals(directory)) {
            throw new IllegalArgumentException("not an export file name: " + fileName);
        }
        return file;
    }
}
