package org.matchwise.reminders;

import java.time.DayOfWeek;
import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code matchwise.reminders.*}.
 *
 * @param enabled      whether the daily job runs at all [true]
 * @param runAt        the time of day (the clock's zone) the daily job runs [06:00]
 * @param digestDay    the weekday from which the advisors' weekly digest goes out (once per ISO week) [MONDAY]
 * @param reminderDays the default number of days before a due date that applicants are reminded [3]
 */
@ConfigurationProperties("matchwise.reminders")
public record ReminderSettings(@DefaultValue("true") boolean enabled, @DefaultValue("06:00") LocalTime runAt,
        @DefaultValue("MONDAY") DayOfWeek digestDay, @DefaultValue("3") int reminderDays) {
}
