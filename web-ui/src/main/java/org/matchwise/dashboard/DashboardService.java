package org.matchwise.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.matchwise.account.Role;
import org.matchwise.applicant.LetterStatus;
import org.matchwise.applicant.Specialty;
import org.matchwise.dashboard.DashboardViews.ActionLine;
import org.matchwise.dashboard.DashboardViews.Actions;
import org.matchwise.dashboard.DashboardViews.AdvisorOption;
import org.matchwise.dashboard.DashboardViews.CategoryCount;
import org.matchwise.dashboard.DashboardViews.CohortSummary;
import org.matchwise.dashboard.DashboardViews.CoverageLine;
import org.matchwise.dashboard.DashboardViews.Dashboard;
import org.matchwise.dashboard.DashboardViews.DashboardQuery;
import org.matchwise.dashboard.DashboardViews.FilterOptions;
import org.matchwise.dashboard.DashboardViews.Headline;
import org.matchwise.dashboard.DashboardViews.LetterLine;
import org.matchwise.dashboard.DashboardViews.ListQuery;
import org.matchwise.dashboard.DashboardViews.ListRow;
import org.matchwise.dashboard.DashboardViews.SeasonDates;
import org.matchwise.dashboard.DashboardViews.Step2Line;
import org.matchwise.dashboard.DashboardViews.Usce;
import org.matchwise.dashboard.DashboardViews.UsceLine;
import org.matchwise.dashboard.persistence.CaseloadQueries;
import org.matchwise.dashboard.persistence.CaseloadRows.ActionCounts;
import org.matchwise.dashboard.persistence.CaseloadRows.ApplicantRow;
import org.matchwise.dashboard.persistence.CaseloadRows.LetterCount;
import org.matchwise.dashboard.persistence.CaseloadRows.StatusCount;
import org.matchwise.dashboard.persistence.CaseloadRows.Step2Row;
import org.matchwise.dashboard.persistence.CaseloadRows.UsceGroup;
import org.matchwise.dashboard.persistence.CaseloadQueries.Step2Order;
import org.matchwise.dashboard.persistence.CaseloadScope;
import org.matchwise.dashboard.persistence.Step2Cutoff;
import org.matchwise.flags.Step2Status;
import org.matchwise.ruleset.MatchCalendar;
import org.matchwise.ruleset.RuleSet;
import org.matchwise.ruleset.RuleSetStore;
import org.matchwise.security.CurrentUser;
import org.matchwise.security.MatchwiseUser;
import org.matchwise.security.persistence.UserRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The caseload dashboard and the applicant list for advisors and admins, always within the caller's school.
 * Figures come from stored data (flags with their status, the latest stored assessment's verdict, exam
 * attempts, clinical experiences, letters, remediation actions) through a fixed number of aggregate queries,
 * whatever the number of applicants. Thresholds and dates come from the match year's rule set.
 */
@Service
@Transactional
public class DashboardService {

    /** Remediation actions due within this many days count as upcoming. */
    static final int ACTION_HORIZON_DAYS = 14;
    /** At most this many actions are listed (the counts cover all). */
    static final int ACTION_LINES = 25;
    /** The USCE chart shows at most this many applicants, those with the fewest months first. */
    static final int USCE_BARS = 20;
    static final int MAX_PAGE_SIZE = 200;
    /** The season's timeline shows at most this many scheduled tests. */
    public static final int TIMELINE_TESTS = 6;

    private final CurrentUser currentUser;
    private final CaseloadQueries queries;
    private final RuleSetStore ruleSets;
    private final UserRepository users;
    private final Clock clock;
    /** The Step 2 CK status statement runs beside the others, on its own connection and read-only transaction. */
    private final TransactionTemplate sideQuery;

    /**
     * Virtual threads for the side statement: they only wait on the database, so no pool needs sizing, and an
     * idle one costs nothing.
     */
    private static final ExecutorService SIDE = Executors.newVirtualThreadPerTaskExecutor();

    DashboardService(CurrentUser currentUser, CaseloadQueries queries, RuleSetStore ruleSets, UserRepository users,
            Clock clock, PlatformTransactionManager transactions) {
        this.currentUser = currentUser;
        this.queries = queries;
        this.ruleSets = ruleSets;
        this.users = users;
        this.clock = clock;
        this.sideQuery = new TransactionTemplate(transactions);
        this.sideQuery.setReadOnly(true);
        this.sideQuery.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * The current season: match year Y whose ERAS opened on or before today (ERAS opens in June Y-1), by the
     * school's stored calendar for next year, else the default calendar.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'ADVISOR')")
    @Transactional(readOnly = true)
    public int currentMatchYear() {
        MatchwiseUser user = currentUser.require();
        LocalDate today = LocalDate.now(clock);
        int next = today.getYear() + 1;
        LocalDate erasOpens = ruleSets.latest(user.schoolId(), next).map(r -> r.calendar().erasOpens())
                .orElseGet(() -> MatchCalendar.defaults(next).erasOpens());
        return today.isBefore(erasOpens) ? today.getYear() : next;
    }

    /** What the dashboard and list filters offer. */
    @PreAuthorize("hasAnyRole('ADMIN', 'ADVISOR')")
    @Transactional(readOnly = true)
    public FilterOptions filterOptions() {
        MatchwiseUser user = currentUser.require();
        int current = currentMatchYear();
        TreeSet<Integer> years = new TreeSet<>(Comparator.reverseOrder());
        years.addAll(queries.matchYears(user.schoolId()));
        years.add(current);
        List<AdvisorOption> advisors = users.findBySchoolIdOrderByDisplayName(user.schoolId()).stream()
                .filter(u -> u.getRole() == Role.ADVISOR || u.getRole() == Role.ADMIN)
                .map(u -> new AdvisorOption(u.getId(), u.getDisplayName())).toList();
        return new FilterOptions(current, List.copyOf(years), advisors, Arrays.asList(Specialty.values()));
    }

    /**
     * The cohort summary for {@code query}: every count the dashboard shows (headline, flags by category, Step 2
     * CK timing status, US hands-on months against the threshold and specialty coverage, the letters pipeline,
     * remediation actions due), from a fixed number of aggregate statements that return counts, not rows per
     * applicant.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'ADVISOR')")
    public CohortSummary cohortSummary(DashboardQuery query) {
        MatchwiseUser user = currentUser.require();
        RuleSet ruleSet = ruleSets.current(user.schoolId(), query.matchYear(), user.id());
        return summary(scope(user, query), query, ruleSet, LocalDate.now(clock));
    }

    /**
     * Everything the dashboard shows when it opens, in one call: the cohort summary, the earliest scheduled
     * Step 2 CK tests for the timeline, the applicants with the fewest US hands-on months and the earliest open
     * remediation actions. The Step 2 CK board's rows come page by page from {@link #step2Board}.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'ADVISOR')")
    public Dashboard dashboard(DashboardQuery query) {
        MatchwiseUser user = currentUser.require();
        LocalDate today = LocalDate.now(clock);
        RuleSet ruleSet = ruleSets.current(user.schoolId(), query.matchYear(), user.id());
        CaseloadScope scope = scope(user, query);
        CohortSummary summary = summary(scope, query, ruleSet, today);

        int lag = ruleSet.thresholds().step2ScoreLagDays();
        List<Step2Line> scheduled = queries.step2Rows(scope, cutoff(ruleSet), Step2Order.SCHEDULED_BY_DATE, 0,
                TIMELINE_TESTS).stream().map(r -> step2Line(r, lag)).toList();

        List<UsceLine> fewest = queries.fewestHandsOnDays(scope, today, USCE_BARS).stream().map(r -> {
            Specialty primary = primary(r.targetSpecialties());
            return new UsceLine(r.applicantId(), r.givenName() + " " + r.familyName(), primary,
                    ruleSet.thresholds().months(r.handsOnDays()), covered(ruleSet, primary, r.usSpecialties()));
        }).toList();
        Usce usce = new Usce(summary.usceThresholdMonths(), summary.usceBelowThreshold(), fewest,
                summary.uscePrimaryCovered());

        List<ActionLine> actions = queries.openActionsDueBy(scope, today.plusDays(ACTION_HORIZON_DAYS), ACTION_LINES)
                .stream()
                .map(a -> new ActionLine(a.actionId(), a.applicantId(), a.givenName() + " " + a.familyName(),
                        a.category(), a.title(), a.owner(), a.dueDate(), a.dueDate().isBefore(today)))
                .toList();
        return new Dashboard(summary, scheduled, usce,
                new Actions(summary.actionsOverdue(), summary.actionsUpcoming(), ACTION_HORIZON_DAYS, actions));
    }

    /**
     * Rows {@code offset} to {@code offset + limit} (at most {@value #MAX_PAGE_SIZE}) of the Step 2 CK board:
     * every applicant of the scope, risky statuses first (failed, not scheduled, late, on track, passed), then
     * by test date and name. The board holds as many rows as the summary's headline counts applicants.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'ADVISOR')")
    public List<Step2Line> step2Board(DashboardQuery query, int offset, int limit) {
        MatchwiseUser user = currentUser.require();
        RuleSet ruleSet = ruleSets.current(user.schoolId(), query.matchYear(), user.id());
        int lag = ruleSet.thresholds().step2ScoreLagDays();
        return queries.step2Rows(scope(user, query), cutoff(ruleSet), Step2Order.BOARD, Math.max(0, offset),
                Math.clamp(limit, 1, MAX_PAGE_SIZE)).stream().map(r -> step2Line(r, lag)).toList();
    }

    /*
     * The summary's statements are independent counts. The costliest (Step 2 CK status with the headline, about a
     * third of the database time on 10,000 applicants) runs on a second connection while this thread runs the
     * rest, which halves the wall time where the database has a core to spare. Under READ COMMITTED each
     * statement saw its own snapshot already, so running one elsewhere changes no figure.
     */
    private CohortSummary summary(CaseloadScope scope, DashboardQuery query, RuleSet ruleSet, LocalDate today) {
        int lag = ruleSet.thresholds().step2ScoreLagDays();
        Step2Cutoff cutoff = cutoff(ruleSet);
        CompletableFuture<List<StatusCount>> statusFuture = CompletableFuture.supplyAsync(
                () -> sideQuery.execute(tx -> queries.statusCounts(scope, cutoff)), SIDE);
        List<CategoryCount> categories = queries.activeFlagsByCategory(scope).stream()
                .map(c -> new CategoryCount(c.category(), c.applicants()))
                .sorted(Comparator.comparingLong(CategoryCount::applicants).reversed()
                        .thenComparing(CategoryCount::category))
                .toList();

        double threshold = ruleSet.thresholds().usceHandsOnMonths();
        long below = 0;
        Map<Specialty, long[]> coverage = new EnumMap<>(Specialty.class);
        for (UsceGroup g : queries.usceGroups(scope, today, daysReaching(ruleSet, threshold))) {
            if (g.belowThreshold()) {
                below += g.applicants();
            }
            if (g.primaryTargets() != null) {
                long[] c = coverage.computeIfAbsent(g.primaryTargets(), s -> new long[2]);
                c[0] += g.applicants();
                if (covered(ruleSet, g.primaryTargets(), g.usSpecialties())) {
                    c[1] += g.applicants();
                }
            }
        }
        List<CoverageLine> byPrimary = coverage.entrySet().stream()
                .map(e -> new CoverageLine(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();

        Map<LetterStatus, LetterCount> letterCounts = new EnumMap<>(LetterStatus.class);
        queries.lettersByStatus(scope, today).forEach(c -> letterCounts.put(c.status(), c));
        List<LetterLine> letters = Arrays.stream(LetterStatus.values()).map(s -> {
            LetterCount c = letterCounts.get(s);
            return new LetterLine(s, c == null ? 0 : c.letters(), c == null ? 0 : c.overdue());
        }).toList();
        long lettersOverdue = letters.stream().mapToLong(LetterLine::overdue).sum();

        ActionCounts actions = queries.openActionCounts(scope, today, today.plusDays(ACTION_HORIZON_DAYS));

        Map<Step2Status, Long> step2Counts = new EnumMap<>(Step2Status.class);
        for (Step2Status s : Step2Status.values()) {
            step2Counts.put(s, 0L);
        }
        long applicants = 0;
        long openHigh = 0;
        long notReady = 0;
        long reapplicants = 0;
        for (StatusCount c : await(statusFuture)) {
            step2Counts.put(c.status(), c.applicants());
            applicants += c.applicants();
            openHigh += c.openHigh();
            notReady += c.notReady();
            reapplicants += c.reapplicants();
        }
        Headline headline = new Headline(applicants, openHigh, notReady, reapplicants);
        SeasonDates season = new SeasonDates(ruleSet.calendar().erasOpens(), ruleSet.calendar().programsOpen(), lag,
                today);
        return new CohortSummary(query, season, headline, categories, Collections.unmodifiableMap(step2Counts),
                threshold, below, byPrimary, letters, lettersOverdue, actions.overdue(), actions.upcoming(),
                ACTION_HORIZON_DAYS);
    }

    /** The side statement's result; its failure is rethrown as it was thrown there. */
    private static <T> T await(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    /** The fewest whole days whose length in months reaches {@code months} by the rule set's own conversion. */
    static long daysReaching(RuleSet ruleSet, double months) {
        if (!(months > 0)) {
            return 0;
        }
        long days = (long) Math.ceil(months * ruleSet.thresholds().daysPerMonth());
        while (days > 0 && ruleSet.thresholds().months(days - 1) >= months) {
            days--;
        }
        while (ruleSet.thresholds().months(days) < months) {
            days++;
        }
        return days;
    }

    /** Whether US experience in {@code seen} covers every exposure group the rule set asks of {@code primary}. */
    private static boolean covered(RuleSet ruleSet, Specialty primary, Set<Specialty> seen) {
        return primary != null && ruleSet.exposureRequirements(primary).stream()
                .allMatch(group -> group.stream().anyMatch(seen::contains));
    }

    private static Step2Line step2Line(Step2Row r, int lag) {
        return new Step2Line(r.applicantId(), r.givenName() + " " + r.familyName(), r.status(), r.date(),
                r.date() == null ? null : r.date().plusDays(lag));
    }

    /** How many applicants pass the list's filters. */
    @PreAuthorize("hasAnyRole('ADMIN', 'ADVISOR')")
    public long count(ListQuery query) {
        MatchwiseUser user = currentUser.require();
        RuleSet ruleSet = ruleSets.current(user.schoolId(), query.matchYear(), user.id());
        return queries.count(scope(user, query), cutoff(ruleSet), filter(query));
    }

    /** Rows {@code offset} to {@code offset + limit} of the filtered list, sorted by {@code sort}. */
    @PreAuthorize("hasAnyRole('ADMIN', 'ADVISOR')")
    public List<ListRow> list(ListQuery query, ListSort sort, boolean descending, int offset, int limit) {
        MatchwiseUser user = currentUser.require();
        RuleSet ruleSet = ruleSets.current(user.schoolId(), query.matchYear(), user.id());
        int size = Math.clamp(limit, 1, MAX_PAGE_SIZE);
        return queries.page(scope(user, query), cutoff(ruleSet), filter(query),
                        sort, descending, Math.max(0, offset), size)
                .stream()
                .map(r -> new ListRow(r.id(), name(r), r.email(), r.matchYear(), primary(r.targetSpecialties()),
                        r.verdict(), r.step2Status(), r.activeFlags()))
                .toList();
    }

    private static CaseloadScope scope(MatchwiseUser user, DashboardQuery query) {
        return new CaseloadScope(user.schoolId(), query.matchYear(), query.specialty(), query.advisorId());
    }

    private static CaseloadScope scope(MatchwiseUser user, ListQuery query) {
        return new CaseloadScope(user.schoolId(), query.matchYear(), query.specialty(), query.advisorId());
    }

    private static Step2Cutoff cutoff(RuleSet ruleSet) {
        return new Step2Cutoff(ruleSet.calendar().programsOpen(), ruleSet.thresholds().step2ScoreLagDays());
    }

    private static CaseloadQueries.ListFilter filter(ListQuery q) {
        return new CaseloadQueries.ListFilter(q.text(), q.category(), q.severity(), q.verdict(), q.step2Status(),
                q.marker() == DashboardViews.Marker.OPEN_HIGH, q.marker() == DashboardViews.Marker.REAPPLICANT);
    }

    private static String name(ApplicantRow r) {
        return r.givenName() + " " + r.familyName();
    }

    private static Specialty primary(String targets) {
        if (targets == null || targets.isBlank()) {
            return null;
        }
        int comma = targets.indexOf(',');
        return Specialty.valueOf((comma < 0 ? targets : targets.substring(0, comma)).trim());
    }
}
