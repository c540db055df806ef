package org.matchwise.reportexport;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.matchwise.audit.AccessAction;
import org.matchwise.audit.AccessLog;
import org.matchwise.reportexport.persistence.ExportItemRepository;
import org.matchwise.reportexport.persistence.ExportJobEntity;
import org.matchwise.reportexport.persistence.ExportJobRepository;
import org.matchwise.security.CurrentUser;
import org.matchwise.security.MatchwiseUser;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Cohort exports: a background job per request, persisted by db-scheduler in the application's database, so
 * a restart does not lose it and only one node runs it. The job keeps who started it and their school, and
 * runs as that user. Its ZIP lives in the shared file store, so any node serves the download. Every query here
 * is scoped to the caller's school.
 */
@Service
@Transactional
public class ExportJobService {

    private final ExportJobRepository jobs;
    private final ExportItemRepository items;
    private final ReportService reports;
    private final SchedulerClient scheduler;
    private final ObjectProvider<Scheduler> localScheduler;
    private final OneTimeTask<Void> task;
    private final ExportFiles files;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final AccessLog accessLog;

    ExportJobService(ExportJobRepository jobs, ExportItemRepository items, ReportService reports,
            SchedulerClient scheduler, ObjectProvider<Scheduler> localScheduler, OneTimeTask<Void> cohortExportTask,
            ExportFiles files, CurrentUser currentUser, Clock clock, AccessLog accessLog) {
        this.accessLog = accessLog;
        this.jobs = jobs;
        this.items = items;
        this.reports = reports;
        this.scheduler = scheduler;
        this.localScheduler = localScheduler;
        this.task = cohortExportTask;
        this.files = files;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Queues an export of the caller's school's applicants of {@code matchYear}. */
    @PreAuthorize("hasAnyRole('ADMIN', 'ADVISOR')")
    public ExportStart start(int matchYear) {
        MatchwiseUser user = currentUser.require();
        Labels text = new Labels(Locale.ENGLISH);
        if (matchYear < 1950 || matchYear > 2100) {
            return new ExportStart.Refused("invalid_match_year", text.get("error.noApplicants", String.valueOf(matchYear)));
        }
        if (reports.cohort(matchYear).isEmpty()) {
            return new ExportStart.Refused("empty_cohort", text.get("error.noApplicants", String.valueOf(matchYear)));
        }
        ExportJobEntity job = jobs.saveAndFlush(new ExportJobEntity(user.schoolId(), user.id(), matchYear, clock.instant()));
        // same transaction (db-scheduler uses a transaction-aware data source): no job row without its task
        scheduler.scheduleIfNotExists(task.instance(String.valueOf(job.getId())), clock.instant());
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    localScheduler.ifAvailable(Scheduler::triggerCheckForDueExecutions);
                }
            });
        }
        return new ExportStart.Started(view(job));
    }

    /** One export of the caller's school. */
    @PreAuthorize("hasAnyRole('ADMIN', 'ADVISOR')")
    @Transactional(readOnly = true)
    public ExportJobView job(long jobId) {
        return view(owned(jobId));
    }

    /** The school's latest exports, newest first. */
    @PreAuthorize("hasAnyRole('ADMIN', 'ADVISOR')")
    @Transactional(readOnly = true)
    public List<ExportJobView> recent() {
        return jobs.findTop20BySchoolIdOrderByCreatedAtDescIdDesc(currentUser.require().schoolId()).stream()
                .map(ExportJobService::view).toList();
    }

    /**
     * The ZIP of a finished export of the caller's school, ready to stream, or empty while it is not done (or
     * after it expired). Works on every node: the file is in the shared store. Handing it out is written to the access log:
     * one row per applicant whose reports it holds, for the caller.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'ADVISOR')")
    @Transactional(readOnly = true)
    public Optional<ExportDownload> download(long jobId) {
        ExportJobEntity job = owned(jobId);
        if (job.getStatus() != ExportStatus.DONE || job.getFileName() == null) {
            return Optional.empty();
        }
        String key = job.getFileName();
        Optional<ExportDownload> download = files.store().find(key).map(f -> new ExportDownload(job.getId(),
                job.getMatchYear(), ExportFiles.downloadName(key), f.size(), items.applicantsIn(job.getId()),
                () -> files.store().open(key)));
        download.ifPresent(d -> accessLog.recordAll(d.applicantIds(), AccessAction.DOWNLOAD_EXPORT,
                "cohort export " + jobId));
        return download;
    }

    /**
     * Cancels a queued or running export of the caller's school: it shows as cancelled at once; a running job
     * stops after the applicant at hand and deletes what it stored. A finished job is left as it is.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'ADVISOR')")
    public ExportJobView cancel(long jobId) {
        ExportJobEntity job = owned(jobId);
        if (job.isOpen()) {
            MatchwiseUser user = currentUser.require();
            job.cancel(new Labels(Locale.ENGLISH).get("exports.cancelledBy",
                    user.displayName() == null ? user.getUsername() : user.displayName()), clock.instant());
            jobs.saveAndFlush(job);
            if (job.getStatus() == ExportStatus.CANCELLED && job.getTotal() == 0) {
                // not picked yet: take it off the queue (a node that picks it anyway finds it cancelled)
                try {
                    scheduler.cancel(task.instance(String.valueOf(job.getId())));
                } catch (RuntimeException alreadyPicked) {
                    // the runner sees the cancellation at its next checkpoint
                }
            }
        }
        return view(job);
    }

    private ExportJobEntity owned(long jobId) {
        return jobs.findByIdAndSchoolId(jobId, currentUser.require().schoolId())
                .orElseThrow(() -> new ExportJobNotFoundException(jobId));
    }

    static ExportJobView view(ExportJobEntity j) {
        String file = j.getFileName() == null ? null : ExportFiles.downloadName(j.getFileName());
        return new ExportJobView(j.getId(), j.getMatchYear(), j.getStatus(), j.getTotal(), j.getDone(), file,
                j.getFileSize(), j.getMessage(), j.getCreatedAt(), j.getFinishedAt(), j.getAttempts());
    }
}
