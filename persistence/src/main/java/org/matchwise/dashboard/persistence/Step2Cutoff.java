package org.matchwise.dashboard.persistence;

import java.time.LocalDate;

/**
 * The dates that decide Step 2 CK timing in SQL, taken from the match year's rule set: a scheduled test is
 * LATE when its date plus the score lag falls after programs' opening day, i.e. when the date is after
 * {@code programsOpen - lag} (domain.md, R16; the same rule as {@code org.matchwise.flags.Step2Timing}).
 */
public record Step2Cutoff(LocalDate programsOpen, int scoreLagDays) {

    LocalDate latestOnTrackTestDate() {
        return programsOpen.minusDays(scoreLagDays);
    }
}
