package org.matchwise.portal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings under {@code matchwise.portal.*}.
 *
 * @param evidenceMaxSize the largest evidence file an applicant may upload (5 MB by default)
 */
@ConfigurationProperties("matchwise.portal")
public record PortalSettings(@DefaultValue("5MB") DataSize evidenceMaxSize) {
}
