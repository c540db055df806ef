package org.matchwise.worklist.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Per user: worklist items marked done or snoozed until a date, and the flag id they last looked up to. Callers
 * pass the signed-in user's own id; nothing here reads another user's marks.
 */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
public class WorklistMarks {

    /** An item marked done, or snoozed until {@code snoozedUntil} (it shows again on that day). */
    public record Mark(String itemKey, boolean done, LocalDate snoozedUntil) {

        /** Whether the item stays off the list on {@code today}. */
        public boolean hides(LocalDate today) {
            return done || (snoozedUntil != null && today.isBefore(snoozedUntil));
        }
    }

    /** When the user last looked, and the largest flag id then. */
    public record Look(long flagMark, Instant lookedAt) {
    }

    private final JdbcClient jdbc;

    WorklistMarks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The user's marks that still hide something on {@code today} (done ones, and snoozes not yet over). */
    @Transactional(readOnly = true, propagation = Propagation.MANDATORY)
    public List<Mark> active(long userId, LocalDate today) {
        return jdbc.sql("""
                SELECT item_key, done, snoozed_until FROM worklist_mark
                WHERE user_id = :user AND (done = TRUE OR snoozed_until > :today)""")
                .param("user", userId).param("today", today).query(Mark.class).list();
    }

    /** Marks the item done (or snoozes it until {@code until} when not null), replacing an earlier mark. */
    public void mark(long userId, String itemKey, LocalDate until, Instant now) {
        jdbc.sql("DELETE FROM worklist_mark WHERE user_id = :user AND item_key = :key")
                .param("user", userId).param("key", itemKey).update();
        jdbc.sql("""
                INSERT INTO worklist_mark (user_id, item_key, done, snoozed_until, marked_at)
                VALUES (:user, :key, :done, :until, :now)""")
                .param("user", userId).param("key", itemKey).param("done", until == null).param("until", until)
                .param("now", java.sql.Timestamp.from(now)).update();
    }

    /** Takes a done or snoozed mark back: the item shows again if it still needs doing. */
    public void unmark(long userId, String itemKey) {
        jdbc.sql("DELETE FROM worklist_mark WHERE user_id = :user AND item_key = :key")
                .param("user", userId).param("key", itemKey).update();
    }

    @Transactional(readOnly = true, propagation = Propagation.MANDATORY)
    public Optional<Look> lastLook(long userId) {
        return jdbc.sql("SELECT flag_mark, looked_at FROM worklist_look WHERE user_id = :user")
                .param("user", userId).query(Look.class).optional();
    }

    /** Remembers that the user looked now, when the largest flag id was {@code flagMark}. */
    public void looked(long userId, long flagMark, Instant now) {
        int updated = jdbc.sql("UPDATE worklist_look SET flag_mark = :mark, looked_at = :now WHERE user_id = :user")
                .param("mark", flagMark).param("now", java.sql.Timestamp.from(now)).param("user", userId).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO worklist_look (user_id, flag_mark, looked_at) VALUES (:user, :mark, :now)")
                    .param("user", userId).param("mark", flagMark).param("now", java.sql.Timestamp.from(now)).update();
        }
    }
}
