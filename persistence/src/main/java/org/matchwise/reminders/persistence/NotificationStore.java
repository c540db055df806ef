package org.matchwise.reminders.persistence;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Per-user mail preferences and calendar feed secrets, the record of what was sent (one row per user, kind, item
 * and period: a second insert of the same is a no-op, so nothing is sent twice whichever node runs the job), the
 * key that signs unsubscribe links, and the set-based reads of what to remind applicants of. SQL text blocks
 * mapped by {@link JdbcClient}; every value is bound.
 */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
public class NotificationStore {

    /** A user's stored preferences (absent: the defaults). */
    public record Preferences(long userId, boolean weeklyDigest, boolean reminders, int reminderDays,
            String calendarHash, Instant calendarCreated) {
    }

    /** A user who may get mail: enabled, with their role and school. */
    public record Recipient(long userId, long schoolId, String email, String displayName, String role) {
    }

    /** Something an applicant is reminded of before its date. */
    public record DueItem(long userId, String email, String displayName, String kind, long itemId, LocalDate dueDate) {
    }

    /** An applicant with an account, their school and match year, for the Step 2 CK reminder. */
    public record ApplicantAccount(long userId, long schoolId, int matchYear, long applicantId, String email,
            String displayName) {
    }

    private final JdbcClient jdbc;

    NotificationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true, propagation = Propagation.MANDATORY)
    public Optional<Preferences> preferences(long userId) {
        return jdbc.sql("""
                SELECT user_id, weekly_digest, reminders, reminder_days, calendar_hash, calendar_created
                FROM notification_preference WHERE user_id = :user""")
                .param("user", userId).query(Preferences.class).optional();
    }

    /** Stores the user's mail preferences, keeping their calendar feed as it is. */
    public void savePreferences(long userId, boolean weeklyDigest, boolean reminders, int reminderDays, Instant now) {
        int updated = jdbc.sql("""
                UPDATE notification_preference SET weekly_digest = :digest, reminders = :reminders,
                       reminder_days = :days, updated_at = :now
                WHERE user_id = :user""")
                .param("digest", weeklyDigest).param("reminders", reminders).param("days", reminderDays)
                .param("now", Timestamp.from(now)).param("user", userId).update();
        if (updated == 0) {
            jdbc.sql("""
                    INSERT INTO notification_preference (user_id, weekly_digest, reminders, reminder_days, updated_at)
                    VALUES (:user, :digest, :reminders, :days, :now)""")
                    .param("user", userId).param("digest", weeklyDigest).param("reminders", reminders)
                    .param("days", reminderDays).param("now", Timestamp.from(now)).update();
        }
    }

    /** Sets (or, with null, removes) the hash of the user's calendar feed secret; the row must exist. */
    public void setCalendarHash(long userId, String hash, Instant now) {
        jdbc.sql("""
                UPDATE notification_preference SET calendar_hash = :hash, calendar_created = :created, updated_at = :now
                WHERE user_id = :user""")
                .param("hash", hash).param("created", hash == null ? null : Timestamp.from(now))
                .param("now", Timestamp.from(now)).param("user", userId).update();
    }

    /** The enabled user whose calendar feed secret hashes to {@code hash}. */
    @Transactional(readOnly = true, propagation = Propagation.MANDATORY)
    public Optional<Recipient> calendarOwner(String hash) {
        return jdbc.sql("""
                SELECT u.id AS user_id, u.school_id, u.email, u.display_name, u.role
                FROM notification_preference p JOIN app_user u ON u.id = p.user_id
                WHERE p.calendar_hash = :hash AND u.enabled = TRUE""")
                .param("hash", hash).query(Recipient.class).optional();
    }

    @Transactional(readOnly = true, propagation = Propagation.MANDATORY)
    public Optional<Recipient> recipient(long userId) {
        return jdbc.sql("""
                SELECT u.id AS user_id, u.school_id, u.email, u.display_name, u.role
                FROM app_user u WHERE u.id = :user AND u.enabled = TRUE""")
                .param("user", userId).query(Recipient.class).optional();
    }

    /** Enabled advisors and admins who want the weekly digest (on unless they turned it off). */
    @Transactional(readOnly = true, propagation = Propagation.MANDATORY)
    public List<Recipient> digestRecipients() {
        return jdbc.sql("""
                SELECT u.id AS user_id, u.school_id, u.email, u.display_name, u.role
                FROM app_user u LEFT JOIN notification_preference p ON p.user_id = u.id
                WHERE u.enabled = TRUE AND u.role IN ('ADMIN', 'ADVISOR') AND COALESCE(p.weekly_digest, TRUE) = TRUE
                ORDER BY u.id""").query(Recipient.class).list();
    }

    /**
     * What applicants who want reminders (on unless they turned them off) are due to do within their own number
     * of days ({@code defaultDays} unless they chose one): open plan actions of their current match year and
     * letters not yet received, by due date. Overdue items are not listed: a reminder comes before the date.
     */
    @Transactional(readOnly = true, propagation = Propagation.MANDATORY)
    public List<DueItem> applicantDueItems(LocalDate today, int defaultDays) {
        return jdbc.sql("""
                SELECT u.id AS user_id, u.email, u.display_name, 'ACTION' AS kind, ra.id AS item_id, ra.due_date
                FROM app_user u
                JOIN applicant a ON a.user_id = u.id AND a.school_id = u.school_id
                JOIN remediation_plan p ON p.applicant_id = a.id AND p.match_year = a.match_year
                JOIN remediation_action ra ON ra.plan_id = p.id
                LEFT JOIN notification_preference np ON np.user_id = u.id
                WHERE u.enabled = TRUE AND COALESCE(np.reminders, TRUE) = TRUE
                  AND ra.status IN ('PLANNED', 'IN_PROGRESS') AND ra.due_date >= :today
                  AND CAST(ra.due_date - CAST(:today AS DATE) AS INTEGER) <= COALESCE(np.reminder_days, :days)
                UNION ALL
                SELECT u.id, u.email, u.display_name, 'LETTER', l.id, l.due_date
                FROM app_user u
                JOIN applicant a ON a.user_id = u.id AND a.school_id = u.school_id
                JOIN recommendation_letter l ON l.applicant_id = a.id
                LEFT JOIN notification_preference np ON np.user_id = u.id
                WHERE u.enabled = TRUE AND COALESCE(np.reminders, TRUE) = TRUE
                  AND l.status IN ('IDENTIFIED', 'REQUESTED', 'PROMISED') AND l.due_date >= :today
                  AND CAST(l.due_date - CAST(:today AS DATE) AS INTEGER) <= COALESCE(np.reminder_days, :days)
                ORDER BY user_id, due_date, kind, item_id""")
                .param("today", today).param("days", defaultDays).query(DueItem.class).list();
    }

    /** Applicants with an enabled account who want reminders, with their reminder days (or {@code defaultDays}). */
    @Transactional(readOnly = true, propagation = Propagation.MANDATORY)
    public List<ApplicantAccount> applicantAccounts() {
        return jdbc.sql("""
                SELECT u.id AS user_id, a.school_id, a.match_year, a.id AS applicant_id, u.email, u.display_name
                FROM app_user u
                JOIN applicant a ON a.user_id = u.id AND a.school_id = u.school_id
                LEFT JOIN notification_preference np ON np.user_id = u.id
                WHERE u.enabled = TRUE AND COALESCE(np.reminders, TRUE) = TRUE
                ORDER BY u.id""").query(ApplicantAccount.class).list();
    }

    /** A dated item of an applicant's own record for their calendar feed: kind ACTION, LETTER or STEP2_TEST. */
    public record CalendarItem(String kind, long itemId, LocalDate date) {
    }

    /** The applicant record linked to the user, with its match year (empty for staff). */
    @Transactional(readOnly = true, propagation = Propagation.MANDATORY)
    public Optional<ApplicantAccount> applicantOf(long userId) {
        return jdbc.sql("""
                SELECT u.id AS user_id, a.school_id, a.match_year, a.id AS applicant_id, u.email, u.display_name
                FROM app_user u JOIN applicant a ON a.user_id = u.id AND a.school_id = u.school_id
                WHERE u.id = :user""").param("user", userId).query(ApplicantAccount.class).optional();
    }

    /**
     * The dated items of one applicant's record: open plan actions of their current match year, letters not yet
     * received with a due date, and scheduled Step 2 CK (or COMLEX Level 2-CE) test days.
     */
    @Transactional(readOnly = true, propagation = Propagation.MANDATORY)
    public List<CalendarItem> calendarItems(long applicantId) {
        return jdbc.sql("""
                SELECT 'ACTION' AS kind, ra.id AS item_id, ra.due_date AS date
                FROM applicant a
                JOIN remediation_plan p ON p.applicant_id = a.id AND p.match_year = a.match_year
                JOIN remediation_action ra ON ra.plan_id = p.id
                WHERE a.id = :applicant AND ra.status IN ('PLANNED', 'IN_PROGRESS') AND ra.due_date IS NOT NULL
                UNION ALL
                SELECT 'LETTER', l.id, l.due_date FROM recommendation_letter l
                WHERE l.applicant_id = :applicant AND l.status IN ('IDENTIFIED', 'REQUESTED', 'PROMISED')
                  AND l.due_date IS NOT NULL
                UNION ALL
                SELECT 'STEP2_TEST', e.id, e.taken_on FROM exam_attempt e
                WHERE e.applicant_id = :applicant AND e.outcome = 'SCHEDULED' AND e.exam IN ('USMLE_STEP2_CK', 'COMLEX_L2_CE')
                ORDER BY date, kind, item_id""").param("applicant", applicantId).query(CalendarItem.class).list();
    }

    /**
     * Records that {@code kind} for {@code itemKey} and {@code period} was sent to the user; false (and nothing
     * written) if it already was. Safe under races: the unique key decides, and a conflict is not an error.
     */
    public boolean recordSent(long userId, String kind, String itemKey, String period, Instant now) {
        return jdbc.sql("""
                INSERT INTO notification_sent (user_id, kind, item_key, period, sent_at)
                VALUES (:user, :kind, :key, :period, :now)
                ON CONFLICT DO NOTHING""")
                .param("user", userId).param("kind", kind).param("key", itemKey).param("period", period)
                .param("now", Timestamp.from(now)).update() == 1;
    }

    /** How many notices of {@code kind} were recorded for the user (tests and the settings screen). */
    @Transactional(readOnly = true, propagation = Propagation.MANDATORY)
    public long sentCount(long userId, String kind) {
        return jdbc.sql("SELECT COUNT(*) FROM notification_sent WHERE user_id = :user AND kind = :kind")
                .param("user", userId).param("kind", kind).query(Long.class).single();
    }

    /** The key that signs unsubscribe links: made by the first node that needs it, then shared by all. */
    public String signingKey(Instant now) {
        Optional<String> key = jdbc.sql("SELECT secret FROM notification_key WHERE id = 1").query(String.class).optional();
        if (key.isPresent()) {
            return key.get();
        }
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        jdbc.sql("INSERT INTO notification_key (id, secret, created_at) VALUES (1, :secret, :now) ON CONFLICT DO NOTHING")
                .param("secret", Base64.getUrlEncoder().withoutPadding().encodeToString(bytes))
                .param("now", Timestamp.from(now)).update();
        return jdbc.sql("SELECT secret FROM notification_key WHERE id = 1").query(String.class).single();
    }
}
