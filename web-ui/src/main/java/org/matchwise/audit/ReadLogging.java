package org.matchwise.audit;

import java.time.Clock;
import java.util.Optional;
import org.matchwise.account.Role;
import org.matchwise.audit.persistence.ReadLogRow;
import org.matchwise.security.CurrentUser;
import org.matchwise.security.MatchwiseUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Whether a read may write its own access-log row in the statement that reads (ApplicantRecordReader.findAndLog: the
 * REST API's record read, the most frequent one) and which row: on PostgreSQL, outside read-only transactions. Where
 * it cannot (H2 has no INSERT in WITH; a read-only transaction refuses the INSERT), the caller reads and then calls
 * {@link AccessLog#record}, as every other read does. The row is the one {@code AccessLog.record} would write.
 */
@Component
public class ReadLogging {

    private final CurrentUser currentUser;
    private final Clock clock;
    private final boolean postgres;

    ReadLogging(CurrentUser currentUser, Clock clock, @Value("${spring.datasource.url:}") String url) {
        this.currentUser = currentUser;
        this.clock = clock;
        this.postgres = url.startsWith("jdbc:postgresql:");
    }

    /** The caller's row for {@code action}, or empty when the read cannot write it (then call AccessLog.record). */
    public Optional<ReadLogRow> row(AccessAction action) {
        if (!postgres || TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            return Optional.empty();
        }
        MatchwiseUser user = currentUser.require();
        AccessOrigin origin = AccessOrigin.current();
        return Optional.of(new ReadLogRow(user.id(), user.is(Role.APPLICANT), action.name(), clock.instant(),
                origin.clientIp(), origin.userAgent()));
    }
}
