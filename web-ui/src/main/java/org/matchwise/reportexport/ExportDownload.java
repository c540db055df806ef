package org.matchwise.reportexport;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * A finished export ready to stream from the shared file store, from any node. Its applicants (in ZIP order)
 * are there for whatever a download must record for each of them.
 *
 * @param fileName the name the download gets ({@code cohort-<year>-export-<id>.zip})
 * @param size     bytes
 */
public record ExportDownload(long jobId, int matchYear, String fileName, long size, List<Long> applicantIds,
        Opener opener) {

    /** Opens the ZIP for reading; the caller closes the stream. */
    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }

    public InputStream open() throws IOException {
        return opener.open();
    }
}
