package org.matchwise.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.matchwise.applicant.LetterStatus;
import org.matchwise.applicant.Specialty;
import org.matchwise.flags.FlagCategory;
import org.matchwise.flags.Severity;
import org.matchwise.flags.Step2Status;
import org.matchwise.readiness.Verdict;
import org.matchwise.remediation.Owner;

/** The immutable view models of the dashboard service. */
public final class DashboardViews {

    private DashboardViews() {
    }

    /**
     * What the dashboard shows: one match year of the caller's school, optionally one target specialty and
     * one advisor's caseload (null: the whole school).
     */
    public record DashboardQuery(int matchYear, Specialty specialty, Long advisorId) {
    }

    /** An advisor (or admin) of the school who can hold a caseload. */
    public record AdvisorOption(long id, String name) {
    }

    /** What the filters offer: match years with applicants (the current season always), advisors, specialties. */
    public record FilterOptions(int currentMatchYear, List<Integer> matchYears, List<AdvisorOption> advisors,
            List<Specialty> specialties) {
    }

    /** The season's dates that the Step 2 CK board measures against, from the year's rule set. */
    public record SeasonDates(LocalDate erasOpens, LocalDate programsOpen, int scoreLagDays, LocalDate today) {
    }

    /** Headline figures: applicants in scope, with an open HIGH flag, NOT_READY verdict, re-applicants. */
    public record Headline(long applicants, long withOpenHighFlag, long notReady, long reapplicants) {
    }

    /** Applicants with an active (open or addressed) flag in one category. */
    public record CategoryCount(FlagCategory category, long applicants) {
    }

    /**
     * One applicant on the Step 2 CK board.
     *
     * @param testDate the earliest passed test (PASSED) or earliest scheduled test (ON_TRACK, LATE); else null
     * @param scoreBy  testDate plus the score lag; null without a test date
     */
    public record Step2Line(long applicantId, String name, Step2Status status, LocalDate testDate, LocalDate scoreBy) {
    }

    /** One applicant's US hands-on months and whether the primary specialty is covered by US experience. */
    public record UsceLine(long applicantId, String name, Specialty primary, double handsOnMonths,
            boolean primaryCovered) {
    }

    /** Per primary specialty: applicants, and how many have the US exposure their specialty asks for. */
    public record CoverageLine(Specialty specialty, long applicants, long covered) {
    }

    /**
     * US clinical experience of the scope against the rule set's hands-on threshold.
     *
     * @param applicants the {@code DashboardService.USCE_BARS} applicants with the fewest hands-on months
     */
    public record Usce(double thresholdMonths, long belowThreshold, List<UsceLine> applicants,
            List<CoverageLine> coverage) {
    }

    /** Letters at one status and how many of those are overdue. */
    public record LetterLine(LetterStatus status, long letters, long overdue) {
    }

    /** An open remediation action with a due date. */
    public record ActionLine(long actionId, long applicantId, String applicantName, FlagCategory category,
            String title, Owner owner, LocalDate dueDate, boolean overdue) {
    }

    /** Open actions overdue and due within {@code horizonDays}; {@code lines} are the earliest ones. */
    public record Actions(long overdue, long upcoming, int horizonDays, List<ActionLine> lines) {
    }

    /**
     * The cohort summary: every count the dashboard shows for one scope (school and match year, optionally a
     * specialty and an advisor), computed by aggregate queries whose result size does not grow with the cohort.
     *
     * @param step2Counts        applicants per Step 2 CK timing status (every status, zero included)
     * @param uscePrimaryCovered per primary specialty: applicants and those with the US exposure it asks for
     * @param actionsOverdue     open remediation actions past their due date
     * @param actionsUpcoming    open remediation actions due within {@code actionHorizonDays}
     */
    public record CohortSummary(DashboardQuery query, SeasonDates season, Headline headline,
            List<CategoryCount> flagsByCategory, Map<Step2Status, Long> step2Counts, double usceThresholdMonths,
            long usceBelowThreshold, List<CoverageLine> uscePrimaryCovered, List<LetterLine> letters,
            long lettersOverdue, long actionsOverdue, long actionsUpcoming, int actionHorizonDays) {
    }

    /**
     * Everything the dashboard shows when it opens, built in one service call: the cohort summary and the short
     * lists beside it. The Step 2 CK board's rows are read page by page ({@code DashboardService.step2Board}).
     *
     * @param scheduledTests the earliest scheduled Step 2 tests (ON_TRACK or LATE), for the season's timeline
     */
    public record Dashboard(CohortSummary summary, List<Step2Line> scheduledTests, Usce usce, Actions actions) {

        public DashboardQuery query() {
            return summary.query();
        }

        public SeasonDates season() {
            return summary.season();
        }

        public Headline headline() {
            return summary.headline();
        }

        public List<CategoryCount> flagsByCategory() {
            return summary.flagsByCategory();
        }

        public Map<Step2Status, Long> step2Counts() {
            return summary.step2Counts();
        }

        public List<LetterLine> letters() {
            return summary.letters();
        }

        public long lettersOverdue() {
            return summary.lettersOverdue();
        }
    }

    /**
     * The applicant list's filters; all but the match year optional.
     *
     * @param text matches name, email or external id
     */
    public record ListQuery(int matchYear, String text, FlagCategory category, Severity severity, Verdict verdict,
            Step2Status step2Status, Long advisorId, Specialty specialty, Marker marker) {

        public ListQuery(int matchYear, String text, FlagCategory category, Severity severity, Verdict verdict,
                Step2Status step2Status, Long advisorId, Specialty specialty) {
            this(matchYear, text, category, severity, verdict, step2Status, advisorId, specialty, null);
        }
    }

    /** A headline marker the applicant list can filter by, so each headline figure opens its own list. */
    public enum Marker { OPEN_HIGH, REAPPLICANT }

    /** One row of the applicant list. */
    public record ListRow(long id, String name, String email, int matchYear, Specialty primarySpecialty,
            Verdict verdict, Step2Status step2Status, long activeFlags) {
    }
}
