package org.matchwise.reminders;

/** The immutable view models of notification settings. */
public final class ReminderViews {

    private ReminderViews() {
    }

    /** What a signed link unsubscribes from. */
    public enum MailKind { DIGEST, REMINDERS }

    /**
     * The caller's settings.
     *
     * @param weeklyDigest whether the weekly digest is on (advisors and admins)
     * @param reminders    whether reminders before due dates are on (applicants)
     * @param reminderDays how many days before a due date a reminder comes
     * @param calendarFeed whether a calendar feed URL exists (its secret is shown only when it is made)
     * @param staff        whether the caller is an advisor or admin (the digest applies) or an applicant
     */
    public record NotificationSettings(boolean weeklyDigest, boolean reminders, int reminderDays, boolean calendarFeed,
            boolean staff) {
    }
}
