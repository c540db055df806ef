package org.matchwise.home;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.matchwise.readiness.SeasonPhase;
import org.matchwise.readiness.Verdict;

/** The immutable view models of the applicant's home. */
public final class HomeViews {

    private HomeViews() {
    }

    /** What a next step asks for; the view words it and links to the portal screen where it is done. */
    public enum StepKind {
        /** A plan action due (or overdue). */
        ACTION,
        /** A letter writer identified but not asked yet. */
        LETTER_REQUEST,
        /** A letter asked for and not received, due soon or overdue. */
        LETTER_CHASE,
        /** A flag programs will ask about, with no explanation yet. */
        EXPLANATION_WRITE,
        /** An explanation the advisor sent back with a comment. */
        EXPLANATION_REVISE,
        /** Step 2 CK not scheduled, late for programs' opening day, or failed and not yet passed. */
        STEP2,
        /** An item of the season's checklist (interview season, after Match Day). */
        SEASON
    }

    /**
     * One thing to do.
     *
     * @param subject in the applicant's own words where there are some (an action's title, a writer's name, a
     *                checklist text); null when the kind and detail say it all
     * @param detail  a coded value the view words (a flag category, a Step 2 CK status); may be null
     * @param due     when it is due; null when it has no date
     */
    public record NextStep(StepKind kind, String subject, Enum<?> detail, LocalDate due) {
    }

    /** A note an advisor shared with the applicant. */
    public record SharedNote(String author, Instant createdAt, String text) {
    }

    /** A date of the season. */
    public enum SeasonDateKind { ERAS_OPENS, APPLICANTS_MAY_SUBMIT, PROGRAMS_OPEN, STEP2_LATEST_TEST, RANK_ORDER_DEADLINE,
        MATCH_WEEK, MATCH_DAY }

    public record SeasonDate(SeasonDateKind kind, LocalDate date) {
    }

    /**
     * The applicant's home.
     *
     * @param next      the next three things to do, most urgent first
     * @param moreSteps how many more there are
     */
    public record ApplicantHome(String givenName, int matchYear, Verdict verdict, SeasonPhase season, LocalDate today,
            List<NextStep> next, int moreSteps, List<SharedNote> notes, List<SeasonDate> dates) {
    }
}
