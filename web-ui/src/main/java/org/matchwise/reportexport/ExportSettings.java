package org.matchwise.reportexport;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code matchwise.exports.*}.
 *
 * @param keep how long a finished cohort export's ZIP is kept before the retention task deletes it (14 days)
 * @param purgeEvery how often the retention task looks for expired exports (hourly)
 * @param retries how often an export interrupted by an outage (database or file store unreachable) is retried
 *                before it fails (8)
 * @param retryBackoff the wait before the first retry; it doubles with each further one (5 seconds)
 * @param retryBackoffMax the longest wait between two retries (5 minutes)
 * @param renderThreads threads that render reports while an export's own thread reads the next applicant (2:
 *                      an applicant's two reports render at the same time, which with the reading keeps two cores busy)
 */
@ConfigurationProperties("matchwise.exports")
record ExportSettings(@DefaultValue("P14D") Duration keep, @DefaultValue("PT1H") Duration purgeEvery,
        @DefaultValue("8") int retries, @DefaultValue("PT5S") Duration retryBackoff,
        @DefaultValue("PT5M") Duration retryBackoffMax, @DefaultValue("2") int renderThreads) {
}
