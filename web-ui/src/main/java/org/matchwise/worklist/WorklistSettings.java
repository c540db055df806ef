package org.matchwise.worklist;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code matchwise.worklist.*}: how far ahead the worklist looks.
 *
 * @param actionDays   open plan actions due within this many days are listed (overdue ones always) [7]
 * @param deadlineDays the season's dates (ERAS opening, programs' opening day, rank list, Match Week) within this
 *                     many days are listed [14]
 * @param newFlagDays  for someone who never marked flags seen, HIGH flags opened within this many days count as
 *                     new [14]
 */
@ConfigurationProperties("matchwise.worklist")
public record WorklistSettings(@DefaultValue("7") int actionDays, @DefaultValue("14") int deadlineDays,
        @DefaultValue("14") int newFlagDays) {
}
