package org.matchwise.apitoken;

import java.time.Instant;

/** What the token service hands to the REST API and the screen (never an entity, never a stored hash). */
public final class ApiTokenViews {

    private ApiTokenViews() {
    }

    /** Whether a token works now, and if not, why. */
    public enum Status {
        ACTIVE, EXPIRED, REVOKED,
        /** its owner was deactivated, or their role or password changed after it was made */
        ENDED
    }

    /** A token as listed: never the secret, only its first characters ({@code hint}). */
    public record TokenSummary(long id, String name, String hint, Instant createdAt, Instant expiresAt,
            Instant lastUsedAt, Instant revokedAt, Status status, long ownerId, String ownerEmail) {
    }

    /** A token just created: the only time {@code token} (the secret) is shown. */
    public record CreatedToken(long id, String name, String token, Instant expiresAt) {
    }

    /** The school's token settings. */
    public record TokenSettings(int maxLifetimeDays, boolean applicantsMayHaveTokens) {
    }

    /** The outcome of creating a token, revoking one, or changing the settings. */
    public sealed interface Result<T> {

        record Done<T>(T value) implements Result<T> {
        }

        /**
         * Refused, with a code for the API ({@code invalid_name}, {@code invalid_lifetime}, {@code not_allowed},
         * {@code not_found}) and a message for people.
         */
        record Refused<T>(String code, String field, String message) implements Result<T> {
        }
    }
}
