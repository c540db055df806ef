package org.matchwise.ruleset;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;

/**
 * The dates of one match year's season (domain.md "Calendar"); an admin corrects them each year.
 *
 * @param erasOpens           ERAS opens to applicants (default 1 June Y-1)
 * @param applicantsMaySubmit applicants may submit (default: first Wednesday of September Y-1, "early
 *                            September"; 3 Sept 2025 for match year 2026)
 * @param programsOpen        programs can see applications (default 24 September Y-1)
 * @param rankOrderDeadline   rank-order lists due (default: first Wednesday of March Y, "early March",
 *                            which is when NRMP usually sets it)
 * @param matchDay            Match Day (default: third Friday of March Y)
 */
public record MatchCalendar(LocalDate erasOpens, LocalDate applicantsMaySubmit, LocalDate programsOpen,
        LocalDate rankOrderDeadline, LocalDate matchDay) {

    public MatchCalendar {
        Objects.requireNonNull(erasOpens, "erasOpens is required");
        Objects.requireNonNull(applicantsMaySubmit, "applicantsMaySubmit is required");
        Objects.requireNonNull(programsOpen, "programsOpen is required");
        Objects.requireNonNull(rankOrderDeadline, "rankOrderDeadline is required");
        Objects.requireNonNull(matchDay, "matchDay is required");
    }

    /** The default calendar for match year {@code matchYear}. */
    public static MatchCalendar defaults(int matchYear) {
        int season = matchYear - 1;
        return new MatchCalendar(
                LocalDate.of(season, 6, 1),
                LocalDate.of(season, 9, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.WEDNESDAY)),
                LocalDate.of(season, 9, 24),
                LocalDate.of(matchYear, 3, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.WEDNESDAY)),
                LocalDate.of(matchYear, 3, 1).with(TemporalAdjusters.dayOfWeekInMonth(3, DayOfWeek.FRIDAY)));
    }

    /** The first day of Match Week (its Monday), when SOAP runs; Match Day is its Friday. */
    public LocalDate matchWeekStarts() {
        return matchDay.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** Every date moved by {@code years} calendar years (29 February becomes 28 February). */
    public MatchCalendar shiftedByYears(int years) {
        return new MatchCalendar(erasOpens.plusYears(years), applicantsMaySubmit.plusYears(years),
                programsOpen.plusYears(years), rankOrderDeadline.plusYears(years), matchDay.plusYears(years));
    }

    public MatchCalendar withErasOpens(LocalDate d) { return new MatchCalendar(d, applicantsMaySubmit, programsOpen, rankOrderDeadline, matchDay); }
    public MatchCalendar withApplicantsMaySubmit(LocalDate d) { return new MatchCalendar(erasOpens, d, programsOpen, rankOrderDeadline, matchDay); }
    public MatchCalendar withProgramsOpen(LocalDate d) { return new MatchCalendar(erasOpens, applicantsMaySubmit, d, rankOrderDeadline, matchDay); }
    public MatchCalendar withRankOrderDeadline(LocalDate d) { return new MatchCalendar(erasOpens, applicantsMaySubmit, programsOpen, d, matchDay); }
    public MatchCalendar withMatchDay(LocalDate d) { return new MatchCalendar(erasOpens, applicantsMaySubmit, programsOpen, rankOrderDeadline, d); }
}
