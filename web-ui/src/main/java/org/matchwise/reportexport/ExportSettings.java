package org.matchwise.reportexport;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code matchwise.exports.*}.
 *
 * @param keep how long a finished cohort export's ZIP is kept before the retention task deletes it (14 days)
 * @param purgeEvery how often the retention task looks for expired exports (hourly)
 */
@ConfigurationProperties("matchwise.exports")
record ExportSettings(@DefaultValue("P14D") Duration keep, @DefaultValue("PT1H") Duration purgeEvery) {
}
