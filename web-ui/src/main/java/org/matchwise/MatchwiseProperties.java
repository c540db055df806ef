package org.matchwise;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code matchwise.*}; see the configuration table in the README.
 *
 * @param dataDir where the embedded default keeps its H2 database
 * @param demo whether to create the demo school and accounts on first start
 * @param bootstrap the first admin of an empty installation (postgres profile)
 * @param login how failed logins are limited
 */
@ConfigurationProperties("matchwise")
public record MatchwiseProperties(
        @DefaultValue("./data") String dataDir,
        @DefaultValue Demo demo,
        @DefaultValue Bootstrap bootstrap,
        @DefaultValue Login login) {

    public record Demo(@DefaultValue("false") boolean enabled) {
    }

    /** From MATCHWISE_BOOTSTRAP_ADMIN_EMAIL, MATCHWISE_BOOTSTRAP_ADMIN_PASSWORD and MATCHWISE_BOOTSTRAP_SCHOOL. */
    public record Bootstrap(@DefaultValue Admin admin, @DefaultValue("Advising Office") String school) {
    }

    public record Admin(String email, String password) {
    }

    public record Login(@DefaultValue("5") int maxFailures, @DefaultValue("PT5M") Duration lockDuration) {
    }
}
