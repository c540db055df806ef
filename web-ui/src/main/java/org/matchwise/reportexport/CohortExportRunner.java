package org.matchwise.reportexport;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.matchwise.account.Role;
import org.matchwise.reportexport.persistence.ExportJobEntity;
import org.matchwise.reportexport.persistence.ExportJobRepository;
import org.matchwise.security.MatchwiseUser;
import org.matchwise.security.persistence.UserRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

/**
 * Runs one cohort export on a db-scheduler thread. It re-establishes the security context of the user who
 * started the job (loaded afresh: a user since disabled, moved to another school or no longer office staff
 * fails the job), so every service call is checked and school-scoped exactly as in a request. Each PDF is
 * rendered straight into its ZIP entry; the ZIP is written to a temporary file and moved into place when
 * complete, so a download never sees half a file and a job picked up again after a crash starts clean.
 */
@Component
class CohortExportRunner {

    private static final Logger log = LoggerFactory.getLogger(CohortExportRunner.class);

    private final ExportJobRepository jobs;
    private final UserRepository users;
    private final UserDetailsService accounts;
    private final ReportService reports;
    private final ExportFiles files;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final SecurityContextHolderStrategy security;

    CohortExportRunner(ExportJobRepository jobs, UserRepository users, UserDetailsService accounts,
            ReportService reports, ExportFiles files, PlatformTransactionManager transactions, Clock clock,
            org.springframework.beans.factory.ObjectProvider<SecurityContextHolderStrategy> security) {
        this.jobs = jobs;
        this.users = users;
        this.accounts = accounts;
        this.reports = reports;
        this.files = files;
        this.tx = new TransactionTemplate(transactions);
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        // the same strategy bean as method security and CurrentUser (not the JVM-wide holder)
        this.security = security.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    void run(long jobId) {
        ExportJobEntity job = tx.execute(s -> jobs.findById(jobId).orElse(null));
        if (job == null) {
            log.warn("Cohort export {} no longer exists; nothing to do", jobId);
            return;
        }
        MatchwiseUser starter = starterOf(job);
        if (starter == null) {
            update(jobId, j -> j.fail("The user who started this export can no longer export this school's reports.",
                    clock.instant()));
            return;
        }
        SecurityContext context = security.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(starter, null, starter.getAuthorities()));
        security.setContext(context);
        Path part = null;
        try {
            List<Long> ids = reports.cohort(job.getMatchYear());
            update(jobId, j -> j.start(ids.size(), clock.instant()));
            Path dir = files.directory();
            String name = "cohort-" + job.getMatchYear() + "-export-" + jobId + ".zip";
            part = dir.resolve(name + ".part");
            CohortTally tally = new CohortTally(job.getMatchYear());
            try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(part), 64 * 1024);
                    ZipOutputStream zip = new ZipOutputStream(file)) {
                int done = 0;
                for (long id : ids) {
                    ReportService.CohortItem item = reports.cohortItem(id);
                    entry(zip, "progress/" + item.progress().fileName(), item.progress());
                    entry(zip, "readiness/" + item.readiness().fileName(), item.readiness());
                    tally.add(item.data());
                    int n = ++done;
                    update(jobId, j -> j.progress(n));
                }
                zip.putNextEntry(new ZipEntry("cohort-summary-" + job.getMatchYear() + ".pdf"));
                reports.writeCohortSummary(tally, job.getMatchYear(), zip);
                zip.closeEntry();
            }
            Path finished = dir.resolve(name);
            Files.move(part, finished, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            long size = Files.size(finished);
            update(jobId, j -> j.finish(name, size, clock.instant()));
        } catch (IOException | RuntimeException e) {
            log.error("Cohort export {} failed", jobId, e);
            deleteQuietly(part);
            update(jobId, j -> j.fail("The export failed: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()), clock.instant()));
        } finally {
            // a scheduler thread: it runs the next job with nobody signed in
            security.clearContext();
        }
    }

    private static void entry(ZipOutputStream zip, String name, ReportDocument report) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        report.writeTo(zip);
        zip.closeEntry();
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
                        return null;
                    }
                }).orElse(null));
    }

    private void update(long jobId, java.util.function.Consumer<ExportJobEntity> change) {
        tx.executeWithoutResult(s -> jobs.findById(jobId).ifPresent(change));
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a stray .part file is overwritten by the next run of the same job
            }
        }
    }
}
