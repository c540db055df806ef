package org.matchwise.reportexport.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.matchwise.reportexport.ExportStatus;

/**
 * A batch export of one cohort to a ZIP file. It keeps who started it and their school, so the job runs as
 * that user; the ZIP lives in the shared file store under {@code fileName} (a store key), so every node can
 * serve it. Its checkpoint is the job's {@link ExportItemEntity} rows: a job picked up again after a node
 * stopped resumes from them.
 */
@Entity
@Table(name = "report_export_job")
public class ExportJobEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "school_id", nullable = false, updatable = false)
    private Long schoolId;

    @Column(name = "started_by", nullable = false, updatable = false)
    private Long startedBy;

    @Column(name = "match_year", nullable = false, updatable = false)
    private int matchYear;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ExportStatus status = ExportStatus.QUEUED;

    @Column(nullable = false)
    private int total;

    @Column(nullable = false)
    private int done;

    @Column(name = "file_name", length = 200)
    private String fileName;

    @Column(name = "file_size")
    private Long fileSize;

    @Column(length = 1000)
    private String message;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(nullable = false)
    private int attempts;

    @Column(length = 100)
    private String node;

    @Version
    private long version;

    protected ExportJobEntity() {
    }

    public ExportJobEntity(long schoolId, long startedBy, int matchYear, Instant createdAt) {
        this.schoolId = schoolId;
        this.startedBy = startedBy;
        this.matchYear = matchYear;
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    /** Starts for the first time: the cohort of {@code totalItems} applicants is now fixed in its items. */
    public void start(int totalItems, Instant at) {
        status = ExportStatus.RUNNING;
        total = totalItems;
        done = 0;
        startedAt = at;
        finishedAt = null;
        message = null;
    }

    /** A node takes the job (first run, a retry, or picked up after another node stopped): counted and named. */
    public void pickedUp(String byNode) {
        attempts++;
        node = byNode == null ? null : byNode.substring(0, Math.min(byNode.length(), 100));
        if (status == ExportStatus.RUNNING) {
            message = null;
        }
    }

    /** Whether the job still has work to do (not finished, failed, expired or cancelled). */
    public boolean isOpen() {
        return status == ExportStatus.QUEUED || status == ExportStatus.RUNNING;
    }

    public void progress(int doneItems) {
        if (isOpen()) {
            done = doneItems;
        }
    }

    /** A note while the job is waiting to be retried (the database or file store was unreachable). */
    public void note(String why) {
        if (isOpen()) {
            message = why == null ? null : why.substring(0, Math.min(why.length(), 1000));
        }
    }

    /** Cancelled by a user: the runner stops at its next checkpoint and deletes what it stored. */
    public void cancel(String why, Instant at) {
        status = ExportStatus.CANCELLED;
        message = why == null ? null : why.substring(0, Math.min(why.length(), 1000));
        finishedAt = at;
    }

    public void finish(String file, long size, Instant at) {
        status = ExportStatus.DONE;
        done = total;
        fileName = file;
        fileSize = size;
        finishedAt = at;
    }

    public void fail(String why, Instant at) {
        if (!isOpen()) {
            return;
        }
        status = ExportStatus.FAILED;
        message = why == null ? null : why.substring(0, Math.min(why.length(), 1000));
        finishedAt = at;
    }

    /** The ZIP was removed after the retention period; the job stays listed, without a file. */
    public void expire(String why) {
        this.status = ExportStatus.EXPIRED;
        this.fileName = null;
        this.fileSize = null;
        this.message = why;
    }

    public Long getId() { return id; }
    public Long getSchoolId() { return schoolId; }
    public Long getStartedBy() { return startedBy; }
    public int getMatchYear() { return matchYear; }
    public ExportStatus getStatus() { return status; }
    public int getTotal() { return total; }
    public int getDone() { return done; }
    public String getFileName() { return fileName; }
    public Long getFileSize() { return fileSize; }
    public String getMessage() { return message; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getStartedAt() { return startedAt; }
    public Instant getFinishedAt() { return finishedAt; }
    public int getAttempts() { return attempts; }
    public String getNode() { return node; }
    public long getVersion() { return version; }
}
