package org.matchwise.invitation;

/**
 * A plain notice to send once the transaction that decided it has committed (a reminder or digest of feature
 * "reminders"): {@link AccountMail} sends it on the account-mail thread, like invitation and reset mails. The
 * subject and body are final text; they must carry no sensitive detail (counts and links only).
 */
public record NoticeMail(String to, String subject, String body) {

    @Override
    public String toString() {
        // the body holds a signed unsubscribe link: keep it out of logs
        return "NoticeMail[to " + to + "]";
    }
}
