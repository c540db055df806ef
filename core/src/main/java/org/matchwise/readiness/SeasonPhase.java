package org.matchwise.readiness;

import java.time.LocalDate;
import org.matchwise.ruleset.MatchCalendar;

/**
 * Where the applicant's season stands, which decides what the checklist asks for (issue 14 item 5).
 *
 * <ul>
 *   <li>{@link #PREPARING}: before certifying ERAS (the submission checklist);</li>
 *   <li>{@link #INTERVIEW_SEASON}: once the cycle is submitted, and at the latest from programs' opening day
 *       (programs read applications from then on, so "before certifying" advice is past for everybody):
 *       interview preparation, the rank order list by its deadline, SOAP readiness;</li>
 *   <li>{@link #AFTER_MATCH}: from Match Day on: the cycle's outcome drives the reapplication plan.</li>
 * </ul>
 * Every date comes from the rule set's calendar; the as-of date is given, never read from a clock.
 */
public enum SeasonPhase {
    PREPARING, INTERVIEW_SEASON, AFTER_MATCH;

    /**
     * The phase of the season of {@code calendar} on {@code asOf}.
     *
     * @param submitted whether the applicant's cycle of this match year has been submitted
     */
    public static SeasonPhase of(MatchCalendar calendar, LocalDate asOf, boolean submitted) {
        if (!asOf.isBefore(calendar.matchDay())) {
            return AFTER_MATCH;
        }
        if (submitted || !asOf.isBefore(calendar.programsOpen())) {
            return INTERVIEW_SEASON;
        }
        return PREPARING;
    }
}
