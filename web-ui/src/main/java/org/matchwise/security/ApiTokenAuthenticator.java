package org.matchwise.security;

import jakarta.annotation.PreDestroy;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.matchwise.account.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Checks a personal API token on every request with ONE indexed query (the unique index on the hash) that joins its
 * owner and school: the token is neither revoked nor expired and was created under the owner's current credentials
 * epoch, the owner is enabled and not locked, and an applicant's school still allows applicants tokens. Nothing is
 * cached, so a revocation, a deactivation or a new password made on any node stops the token at its very next request
 * everywhere. The hash found is compared with the presented token's hash in constant time.
 *
 * <p>The last use is noted at most once a minute per token, off the request thread (a small queue; when it is full a
 * note is skipped, never the request delayed), by a conditional UPDATE that writes only when the stored time is older
 * than a minute, so several nodes do not multiply the writes.
 */
@Component
class ApiTokenAuthenticator {

    private static final Logger log = LoggerFactory.getLogger(ApiTokenAuthenticator.class);
    static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

    private static final String FIND = """
            SELECT t.id, t.secret_hash, t.last_used_at, u.id, u.school_id, u.email, u.display_name, u.role,
                   u.credentials_epoch
            FROM api_token t
            JOIN app_user u ON u.id = t.user_id
            JOIN school s ON s.id = u.school_id
            WHERE t.secret_hash = ? AND t.revoked_at IS NULL AND t.expires_at > ?
              AND t.user_epoch = u.credentials_epoch AND u.enabled
              AND (u.locked_until IS NULL OR u.locked_until <= ?)
              AND (u.role <> 'APPLICANT' OR s.api_tokens_for_applicants)""";

    private record Found(long tokenId, String hash, Instant lastUsedAt, MatchwiseUser owner) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Set<Long> noting = ConcurrentHashMap.newKeySet();
    private final ThreadPoolExecutor notes = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
            new ArrayBlockingQueue<>(1_000), runnable -> {
                Thread thread = new Thread(runnable, "api-token-last-used");
                thread.setDaemon(true);
                return thread;
            }, (note, executor) -> ((Note) note).dropped());

    ApiTokenAuthenticator(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * The token's owner as a signed-in principal, or empty when the token is unknown, revoked, expired or ended, or its
     * owner may not use it now.
     *
     * @throws DataAccessException when the database cannot be asked
     */
    Optional<ApiTokenAuthentication> authenticate(String token) {
        if (!ApiTokenSecrets.wellFormed(token)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Timestamp at = Timestamp.from(now);
        String hash = ApiTokenSecrets.hash(token);
        List<Found> found = jdbc.query(FIND, (rs, i) -> {
            Timestamp lastUsed = rs.getTimestamp(3);
            MatchwiseUser owner = new MatchwiseUser(rs.getLong(4), rs.getLong(5), rs.getString(6), rs.getString(7),
                    Role.valueOf(rs.getString(8)), null, true, false, false, rs.getLong(9));
            return new Found(rs.getLong(1), rs.getString(2), lastUsed == null ? null : lastUsed.toInstant(), owner);
        }, hash, at, at);
        if (found.size() != 1 || !ApiTokenSecrets.matches(hash, found.getFirst().hash())) {
            return Optional.empty();
        }
        Found hit = found.getFirst();
        noteUse(hit.tokenId(), hit.lastUsedAt(), now);
        return Optional.of(new ApiTokenAuthentication(hit.owner(), hit.tokenId()));
    }

    private void noteUse(long tokenId, Instant lastUsedAt, Instant now) {
        Instant before = now.minus(LAST_USED_PRECISION);
        if (lastUsedAt != null && !lastUsedAt.isBefore(before)) {
            return;
        }
        if (!noting.add(tokenId)) {
            return; // a note for this token is already queued
        }
        notes.execute(new Note(tokenId, now, before));
    }

    /** One UPDATE of a token's last use; dropped (never waited for) when the queue is full or shut down. */
    private final class Note implements Runnable {
        private final long tokenId;
        private final Instant at;
        private final Instant before;

        Note(long tokenId, Instant at, Instant before) {
            this.tokenId = tokenId;
            this.at = at;
            this.before = before;
        }

        @Override
        public void run() {
            try {
                jdbc.update("UPDATE api_token SET last_used_at = ? WHERE id = ? AND (last_used_at IS NULL OR last_used_at < ?)",
                        Timestamp.from(at), tokenId, Timestamp.from(before));
            } catch (DataAccessException e) {
                log.debug("Could not note the use of API token {}: {}", tokenId, e.getMessage());
            } finally {
                noting.remove(tokenId);
            }
        }

        void dropped() {
            noting.remove(tokenId); // a later request notes it
        }
    }

    /** Lets the notes already queued be written (a few at most) before the data source closes. */
    @PreDestroy
    void stop() throws InterruptedException {
        notes.shutdown();
        notes.awaitTermination(5, TimeUnit.SECONDS);
    }
}
