package org.matchwise.invitation;

/**
 * A one-time link mail to send once the transaction that issued its token has committed. Published by
 * {@link InvitationService}; {@link AccountMail} sends it after commit on its own thread, so neither the
 * request's answer nor its duration depends on the mail server (or tells whether an email has an account).
 *
 * @param subjectKey message key of the subject (argument: school)
 * @param bodyKey    message key of the body (arguments: name, school, link, hours of validity)
 */
record AccountMailRequested(String subjectKey, String bodyKey, String to, String name, String school, String link) {

    /** The built-in invitation or reset mail ({@code kind} "invite" or "reset"). */
    static AccountMailRequested of(String kind, String to, String name, String school, String link) {
        return new AccountMailRequested("invitation.mail." + kind + ".subject", "invitation.mail." + kind + ".body", to,
                name, school, link);
    }

    @Override
    public String toString() {
        // the link is a credential: keep it out of logs and exception messages
        return "AccountMailRequested[" + subjectKey + " to " + to + "]";
    }
}
