package org.matchwise.invitation;

import java.time.Instant;
import java.util.List;
import org.matchwise.security.PasswordPolicy;

/** What the invitation service answers: immutable records and sealed results. */
public final class InvitationViews {

    private InvitationViews() {
    }

    /** Where an invitation stands. */
    public enum InvitationState { PENDING, ACCEPTED, EXPIRED, REPLACED }

    /** One invitation of the caller's school. */
    public record InvitationView(long id, String email, String name, Instant sentAt, Instant expiresAt,
            InvitationState state) {
    }

    /** The outcome of inviting an applicant. */
    public sealed interface InviteResult {
        /**
         * The link was issued and its mail queued: it goes out after commit, on the account-mail thread (without an
         * SMTP server, the link is logged). A mail the server refuses is logged; the link can be sent again.
         */
        record Sent(String email, Instant expiresAt) implements InviteResult {
        }

        /** Refused; {@code code} names a message ({@code invitation.refused.<code>}). */
        record Refused(String code) implements InviteResult {
        }
    }

    /** Whether a one-time link may still be used, and for what. */
    public sealed interface LinkState {
        record Usable(String email, boolean invitation) implements LinkState {
        }

        /** Unknown, already used, replaced by a newer link, or expired: the same answer for all. */
        record Unusable() implements LinkState {
        }
    }

    /** The outcome of setting a password through a link. */
    public sealed interface PasswordResult {
        record Done(String email) implements PasswordResult {
        }

        record LinkUnusable() implements PasswordResult {
        }

        record Mismatch() implements PasswordResult {
        }

        record Weak(List<PasswordPolicy.Problem> problems) implements PasswordResult {
        }
    }
}
