package org.matchwise.reportexport;

import java.time.Instant;

/**
 * A cohort export as its starter sees it.
 *
 * @param total applicants in the cohort (0 until the job starts)
 * @param done  applicants whose reports are in the ZIP
 * @param attempts how often a node took the job up (1 unless a node stopped or an outage interrupted it)
 */
public record ExportJobView(long id, int matchYear, ExportStatus status, int total, int done, String fileName,
        Long fileSize, String message, Instant createdAt, Instant finishedAt, int attempts) {

    /** 0.0 to 1.0. */
    public double progress() {
        return status == ExportStatus.DONE ? 1.0 : total == 0 ? 0.0 : Math.min(1.0, (double) done / total);
    }

    public boolean finished() {
        return status != ExportStatus.QUEUED && status != ExportStatus.RUNNING;
    }

    /** Queued or running: a user may still cancel it. */
    public boolean cancellable() {
        return !finished();
    }
}
