package org.matchwise.reportexport;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import org.matchwise.reportexport.persistence.ExportJobEntity;
import org.matchwise.reportexport.persistence.ExportJobRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes the ZIPs of cohort exports finished longer than {@code matchwise.exports.keep} ago, from the shared
 * file store (so it does not matter which node runs this): they hold every applicant's reports of a cohort, so
 * they should not lie around. The job row stays (EXPIRED, no file), so the
 * exports page still shows who exported which cohort when. A system task: it runs on db-scheduler's thread
 * without a user, across schools, and touches nothing but export jobs and their files.
 */
@Component
class ExportRetention {

    private static final Logger log = LoggerFactory.getLogger(ExportRetention.class);

    private final ExportJobRepository jobs;
    private final ExportFiles files;
    private final ExportSettings settings;
    private final Clock clock;

    ExportRetention(ExportJobRepository jobs, ExportFiles files, ExportSettings settings, Clock clock) {
        this.jobs = jobs;
        this.files = files;
        this.settings = settings;
        this.clock = clock;
    }

    /** Expires every finished export older than the retention period; returns how many it expired. */
    @Transactional
    public int purge() {
        Instant before = clock.instant().minus(settings.keep());
        String why = new Labels(Locale.ENGLISH).get("exports.expired", String.valueOf(settings.keep().toDays()));
        int expired = 0;
        for (ExportJobEntity job : jobs.findByStatusAndFinishedAtBefore(ExportStatus.DONE, before)) {
            try {
                // the ZIP and anything else of the job, wherever the shared store keeps it
                files.deleteAll(job.getId());
            } catch (IOException | RuntimeException e) {
                log.warn("Could not delete expired export {} ({}); will try again on the next run", job.getId(), e.toString());
                continue;
            }
            job.expire(why);
            expired++;
        }
        if (expired > 0) {
            log.info("Expired {} cohort export(s) finished before {}", expired, before);
        }
        return expired;
    }
}
