package org.matchwise.reportexport;

import java.io.IOException;
import org.matchwise.filestore.FileStore;
import org.springframework.stereotype.Component;

/**
 * Where a cohort export's files live in the shared {@link FileStore}: everything of job {@code n} under
 * {@code exports/n/}, its finished reports under {@code exports/n/parts/} until the ZIP is assembled, the ZIP
 * beside them. Keys are made from the job only, never from anything a user typed.
 */
@Component
class ExportFiles {

    private final FileStore store;

    ExportFiles(FileStore store) {
        this.store = store;
    }

    FileStore store() {
        return store;
    }

    static String jobPrefix(long jobId) {
        return "exports/" + jobId + "/";
    }

    static String part(long jobId, int seq, ReportKind kind) {
        return jobPrefix(jobId) + "parts/" + seq + "-" + kind.name().toLowerCase(java.util.Locale.ROOT) + ".pdf";
    }

    static String zip(long jobId, int matchYear) {
        return jobPrefix(jobId) + "cohort-" + matchYear + "-export-" + jobId + ".zip";
    }

    /** The file name a download gets: the key's last part. */
    static String downloadName(String key) {
        return key.substring(key.lastIndexOf('/') + 1);
    }

    /** Deletes the reports stored for a ZIP still to be assembled. */
    void deleteParts(long jobId) throws IOException {
        store.deleteAll(jobPrefix(jobId) + "parts/");
    }

    /** Deletes everything of a job: parts and ZIP. */
    void deleteAll(long jobId) throws IOException {
        store.deleteAll(jobPrefix(jobId));
    }
}
