package org.matchwise.reportexport;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.matchwise.account.Role;
import org.matchwise.applicant.ApplicantNotFoundException;
import org.matchwise.operations.JobMetrics;
import org.matchwise.operations.NodeName;
import org.matchwise.operations.Outages;
import org.matchwise.reportexport.persistence.ExportItemEntity;
import org.matchwise.reportexport.persistence.ExportItemRepository;
import org.matchwise.reportexport.persistence.ExportJobEntity;
import org.matchwise.reportexport.persistence.ExportJobRepository;
import org.matchwise.security.MatchwiseUser;
import org.matchwise.security.persistence.UserRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs one cohort export on a db-scheduler thread, resumably. It re-establishes the security context of the
 * user who started the job (loaded afresh: a user since disabled, moved to another school or no longer office
 * staff fails the job), so every service call is checked and school-scoped exactly as in a request.
 *
 * <p>The first run fixes the cohort in the job's items. Then, applicant by applicant, both reports are rendered
 * into the shared file store and the item is marked done (the checkpoint). A node that stops (SIGTERM) stops
 * after the applicant at hand and hands the job back at once; a node that dies (kill -9) is noticed by its
 * missing heartbeat; either way another node picks the job up and goes on from the checkpoint. Last, the ZIP
 * is assembled from the stored reports into the file store, where every node can serve it, and the parts are
 * deleted. Between applicants the runner looks whether a user cancelled the job.
 *
 * <p>Failures: an outage (database or file store unreachable) is thrown on, and the task's failure handler
 * retries it with backoff ({@link ExportTaskConfig}); anything else fails the job with a plain sentence (the
 * details go to the log, never to the user).
 */
@Component
class CohortExportRunner {

    private static final Logger log = LoggerFactory.getLogger(CohortExportRunner.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Thrown when the node is shutting down: the job goes back to the queue and another node resumes it. */
    static final class Paused extends RuntimeException {
        Paused(long jobId) {
            super("export " + jobId + " handed back: this node is shutting down", null, false, false);
        }
    }

    private final ExportJobRepository jobs;
    private final ExportItemRepository items;
    private final UserRepository users;
    private final UserDetailsService accounts;
    private final ReportService reports;
    private final ExportFiles files;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final SecurityContextHolderStrategy security;
    private final NodeName node;
    private final JobMetrics metrics;
    private final ExportSettings settings;
    private volatile ExecutorService renderers;

    CohortExportRunner(ExportJobRepository jobs, ExportItemRepository items, UserRepository users,
            UserDetailsService accounts, ReportService reports, ExportFiles files, PlatformTransactionManager transactions,
            Clock clock, org.springframework.beans.factory.ObjectProvider<SecurityContextHolderStrategy> security,
            NodeName node, JobMetrics metrics, ExportSettings settings) {
        this.jobs = jobs;
        this.items = items;
        this.users = users;
        this.accounts = accounts;
        this.reports = reports;
        this.files = files;
        this.tx = new TransactionTemplate(transactions);
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        // the same strategy bean as method security and CurrentUser (not the JVM-wide holder)
        this.security = security.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        this.node = node;
        this.metrics = metrics;
        this.settings = settings;
    }

    /** Runs (or resumes) the job to its end; for tests and callers that never stop. */
    void run(long jobId) {
        run(jobId, () -> false);
    }

    /**
     * Runs (or resumes) the job. {@code stopping} is asked between applicants; when it says yes the job is
     * handed back ({@link Paused}). An outage is thrown on for the task to retry.
     */
    void run(long jobId, BooleanSupplier stopping) {
        MDC.put("jobId", "export-" + jobId);
        try {
            runJob(jobId, stopping);
        } finally {
            MDC.remove("jobId");
            // a scheduler thread: it runs the next job with nobody signed in
            security.clearContext();
        }
    }

    private void runJob(long jobId, BooleanSupplier stopping) {
        ExportJobEntity job = tx.execute(s -> jobs.findById(jobId).map(j -> {
            if (j.isOpen()) {
                j.pickedUp(node.get());
            }
            return j;
        }).orElse(null));
        if (job == null) {
            log.warn("Cohort export {} no longer exists; nothing to do", jobId);
            return;
        }
        if (!job.isOpen()) {
            // cancelled while queued, or finished by a node whose completion was not recorded
            cleanUpIfCancelled(job);
            return;
        }
        Labels text = new Labels(Locale.ENGLISH);
        MatchwiseUser starter = starterOf(job);
        if (starter == null) {
            update(jobId, j -> j.fail(text.get("error.starterGone"), clock.instant()));
            metrics.finished("export", "failed");
            return;
        }
        SecurityContext context = security.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(starter, null, starter.getAuthorities()));
        security.setContext(context);
        try {
            if (items.countByKeyJobId(jobId) == 0) {
                fixCohort(job);
            } else {
                log.info("Cohort export {} resumed on {} (attempt {}) at {} of {} applicants", jobId, node.get(),
                        job.getAttempts(), items.countByKeyJobIdAndDoneTrue(jobId), job.getTotal());
            }
            int done = (int) items.countByKeyJobIdAndDoneTrue(jobId);
            List<ExportItemEntity> pending = items.findByKeyJobIdOrderByKeySeq(jobId).stream()
                    .filter(i -> !i.isDone()).toList();
            // pipelined: while one applicant's two reports render on the renderer threads, this thread reads the next
            // applicant's record and builds its report models (a quarter of an export's CPU): both cores stay busy
            Loaded next = pending.isEmpty() ? null : Loaded.of(reports, pending.get(0));
            for (int k = 0; k < pending.size(); k++) {
                if (stopping.getAsBoolean()) {
                    throw new Paused(jobId);
                }
                if (cancelled(jobId)) {
                    cleanUpIfCancelled(jobId);
                    return;
                }
                Loaded current = next;
                List<Future<Long>> rendering = current.startRendering(this, jobId);
                next = k + 1 < pending.size() ? Loaded.of(reports, pending.get(k + 1)) : null;
                exportOne(jobId, current, rendering);
                int n = ++done;
                update(jobId, j -> j.progress(n));
            }
            if (cancelled(jobId)) {
                cleanUpIfCancelled(jobId);
                return;
            }
            String key = ExportFiles.zip(jobId, job.getMatchYear());
            long size = files.store().write(key, out -> assemble(job, out));
            boolean finished = Boolean.TRUE.equals(tx.execute(s -> jobs.findById(jobId).filter(ExportJobEntity::isOpen)
                    .map(j -> {
                        j.finish(key, size, clock.instant());
                        return true;
                    }).orElse(false)));
            if (!finished) {
                cleanUpIfCancelled(jobId);
                return;
            }
            files.deleteParts(jobId);
            metrics.finished("export", "done");
            log.info("Cohort export {} done on {}: {} applicants, {} bytes", jobId, node.get(), done, size);
        } catch (Paused p) {
            throw p;
        } catch (IOException | RuntimeException e) {
            if (Outages.isOutage(e)) {
                log.warn("Cohort export {} interrupted by an outage ({}); it will be retried", jobId, e.toString());
                throw e instanceof IOException io ? new java.io.UncheckedIOException(io) : (RuntimeException) e;
            }
            log.error("Cohort export {} failed", jobId, e);
            fail(jobId, text.get("error.failed", String.valueOf(jobId)));
        }
    }

    /** Marks a job failed (with a sentence for people) and deletes what it stored. */
    void fail(long jobId, String why) {
        update(jobId, j -> j.fail(why, clock.instant()));
        metrics.finished("export", "failed");
        try {
            files.deleteAll(jobId);
        } catch (IOException | RuntimeException e) {
            log.warn("Could not delete the files of failed export {}: {}", jobId, e.toString());
        }
    }

    /** Notes on the job that it waits for a retry; quietly nothing if the database is still away. */
    void noteRetry(long jobId, String why) {
        try {
            update(jobId, j -> j.note(why));
        } catch (RuntimeException e) {
            log.debug("could not note the retry of export {}: {}", jobId, e.toString());
        }
    }

    private void fixCohort(ExportJobEntity job) {
        List<Long> ids = reports.cohort(job.getMatchYear());
        tx.executeWithoutResult(s -> {
            List<ExportItemEntity> rows = new ArrayList<>(ids.size());
            for (int i = 0; i < ids.size(); i++) {
                rows.add(new ExportItemEntity(job.getId(), i, ids.get(i)));
            }
            items.saveAll(rows);
            jobs.findById(job.getId()).ifPresent(j -> j.start(ids.size(), clock.instant()));
        });
    }

    /**
     * One applicant of the cohort, read and with its report models built, ahead of its turn; or gone since the cohort
     * was fixed ({@code item == null}); or the failure reading it met, thrown when its turn comes.
     */
    private record Loaded(ExportItemEntity entry, ReportService.CohortItem item, RuntimeException failure) {

        static Loaded of(ReportService reports, ExportItemEntity entry) {
            try {
                return new Loaded(entry, reports.cohortItem(entry.getApplicantId()), null);
            } catch (ApplicantNotFoundException gone) {
                return new Loaded(entry, null, null);
            } catch (RuntimeException e) {
                return new Loaded(entry, null, e);
            }
        }

        /** Starts rendering both reports on the renderer threads; nothing when the applicant is gone. */
        List<Future<Long>> startRendering(CohortExportRunner runner, long jobId) {
            if (failure != null) {
                throw failure;
            }
            if (item == null) {
                return List.of();
            }
            return List.of(runner.render(jobId, entry.getSeq(), ReportKind.PROGRESS, item.progress()),
                    runner.render(jobId, entry.getSeq(), ReportKind.READINESS, item.readiness()));
        }
    }

    private Future<Long> render(long jobId, int seq, ReportKind kind, ReportDocument document) {
        return renderers().submit(() -> files.store().write(ExportFiles.part(jobId, seq, kind), document::writeTo));
    }

    /**
     * Finishes one applicant whose reports are rendering already: the item is marked done (the checkpoint) once
     * both are stored. An applicant deleted since the cohort was fixed is skipped: nothing of them goes into the ZIP.
     */
    private void exportOne(long jobId, Loaded loaded, List<Future<Long>> rendering) throws IOException {
        ExportItemEntity.Key key = new ExportItemEntity.Key(jobId, loaded.entry().getSeq());
        ReportService.CohortItem ci = loaded.item();
        if (ci == null) {
            tx.executeWithoutResult(s -> items.findById(key).ifPresent(ExportItemEntity::skip));
            return;
        }
        for (Future<Long> report : rendering) {
            await(report);
        }
        String tally = JSON.writeValueAsString(CohortTally.Entry.of(ci.data()));
        tx.executeWithoutResult(s -> items.findById(key)
                .ifPresent(i -> i.done(ci.progress().fileName(), ci.readiness().fileName(), tally)));
        metrics.exportedApplicant();
    }

    private static void await(Future<Long> rendering) throws IOException {
        try {
            rendering.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            rendering.cancel(true);
            throw new java.io.InterruptedIOException("the export was interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Threads that render a report beside the job's own thread; shared by the exports of this node. */
    private ExecutorService renderers() {
        ExecutorService r = renderers;
        if (r == null) {
            synchronized (this) {
                if (renderers == null) {
                    java.util.concurrent.atomic.AtomicInteger n = new java.util.concurrent.atomic.AtomicInteger();
                    renderers = Executors.newFixedThreadPool(Math.max(1, settings.renderThreads()), task -> {
                        Thread t = new Thread(task, "export-render-" + n.incrementAndGet());
                        t.setDaemon(true);
                        return t;
                    });
                }
                r = renderers;
            }
        }
        return r;
    }

    @jakarta.annotation.PreDestroy
    void shutdownRenderers() {
        if (renderers != null) {
            renderers.shutdownNow();
        }
    }

    /** The ZIP from the stored reports, in cohort order, and the cohort summary added up from the items. */
    private void assemble(ExportJobEntity job, java.io.OutputStream out) throws IOException {
        long jobId = job.getId();
        ZipOutputStream zip = new ZipOutputStream(out);
        // the PDFs are compressed already: the fastest level saves the CPU and loses almost nothing
        zip.setLevel(Deflater.BEST_SPEED);
        CohortTally tally = new CohortTally(job.getMatchYear());
        for (ExportItemEntity item : items.findByKeyJobIdOrderByKeySeq(jobId)) {
            if (!item.isDone() || item.isSkipped()) {
                continue;
            }
            copy(zip, "progress/" + item.getProgressName(), ExportFiles.part(jobId, item.getSeq(), ReportKind.PROGRESS));
            copy(zip, "readiness/" + item.getReadinessName(), ExportFiles.part(jobId, item.getSeq(), ReportKind.READINESS));
            tally.add(JSON.readValue(item.getTally(), CohortTally.Entry.class));
        }
        zip.putNextEntry(new ZipEntry("cohort-summary-" + job.getMatchYear() + ".pdf"));
        reports.writeCohortSummary(tally, job.getMatchYear(), zip);
        zip.closeEntry();
        zip.finish();
    }

    private void copy(ZipOutputStream zip, String name, String key) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        try (InputStream in = files.store().open(key)) {
            in.transferTo(zip);
        }
        zip.closeEntry();
    }

    private boolean cancelled(long jobId) {
        return Boolean.TRUE.equals(tx.execute(s -> jobs.findById(jobId).map(j -> j.getStatus() == ExportStatus.CANCELLED)
                .orElse(true)));
    }

    private void cleanUpIfCancelled(long jobId) {
        tx.execute(s -> jobs.findById(jobId)).ifPresent(this::cleanUpIfCancelled);
    }

    private void cleanUpIfCancelled(ExportJobEntity job) {
        if (job.getStatus() == ExportStatus.CANCELLED) {
            try {
                files.deleteAll(job.getId());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            metrics.finished("export", "cancelled");
            log.info("Cohort export {} cancelled; its files are deleted", job.getId());
        }
    }

    /** The starter as they are now: still enabled, still in the job's school, still ADMIN or ADVISOR. */
    private MatchwiseUser starterOf(ExportJobEntity job) {
        return tx.execute(s -> users.findByIdAndSchoolId(job.getStartedBy(), job.getSchoolId())
                .map(u -> {
                    try {
                        UserDetails details = accounts.loadUserByUsername(u.getEmail());
                        return details instanceof MatchwiseUser m && m.isEnabled() && m.isAccountNonLocked()
                                && m.schoolId() == job.getSchoolId() && (m.is(Role.ADMIN) || m.is(Role.ADVISOR)) ? m : null;
                    } catch (RuntimeException e) {
                        if (Outages.isOutage(e)) {
                            throw e;
                        }
                        return null;
                    }
                }).orElse(null));
    }

    /** Changes the job in its own transaction; a change that raced a user's cancel is tried once more. */
    private void update(long jobId, Consumer<ExportJobEntity> change) {
        try {
            tx.executeWithoutResult(s -> jobs.findById(jobId).ifPresent(change));
        } catch (OptimisticLockingFailureException raced) {
            tx.executeWithoutResult(s -> jobs.findById(jobId).ifPresent(change));
        }
    }
}
