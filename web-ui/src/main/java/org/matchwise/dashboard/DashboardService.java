package org.matchwise.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.matchwise.account.Role;
import org.matchwise.applicant.LetterStatus;
import org.matchwise.applicant.Specialty;
import org.matchwise.dashboard.DashboardViews.ActionLine;
import org.matchwise.dashboard.DashboardViews.Actions;
import org.matchwise.dashboard.DashboardViews.AdvisorOption;
import org.matchwise.dashboard.DashboardViews.CategoryCount;
import org.matchwise.dashboard.DashboardViews.CoverageLine;
import org.matchwise.dashboard.DashboardViews.Dashboard;
import org.matchwise.dashboard.DashboardViews.DashboardQuery;
import org.matchwise.dashboard.DashboardViews.FilterOptions;
import org.matchwise.dashboard.DashboardViews.Headline;
import org.matchwise.dashboard.DashboardViews.LetterLine;
import org.matchwise.dashboard.DashboardViews.ListQuery;
import org.matchwise.dashboard.DashboardViews.ListRow;
import org.matchwise.dashboard.DashboardViews.ListSort;
import org.matchwise.dashboard.DashboardViews.SeasonDates;
import org.matchwise.dashboard.DashboardViews.Step2Line;
import org.matchwise.dashboard.DashboardViews.Usce;
import org.matchwise.dashboard.DashboardViews.UsceLine;
import org.matchwise.dashboard.persistence.CaseloadQueries;
import org.matchwise.dashboard.persistence.CaseloadRows.ActionCounts;
import org.matchwise.dashboard.persistence.CaseloadRows.ApplicantRow;
import org.matchwise.dashboard.persistence.CaseloadRows.LetterCount;
import org.matchwise.dashboard.persistence.CaseloadRows.UsExperienceRow;
import org.matchwise.dashboard.persistence.CaseloadScope;
import org.matchwise.dashboard.persistence.Step2Cutoff;
import org.matchwise.flags.Step2Status;
import org.matchwise.readiness.Verdict;
import org.matchwise.ruleset.MatchCalendar;
import org.matchwise.ruleset.RuleSet;
import org.matchwise.ruleset.RuleSetStore;
import org.matchwise.security.CurrentUser;
import org.matchwise.security.MatchwiseUser;
import org.matchwise.security.persistence.UserRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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

    private final CurrentUser currentUser;
    private final CaseloadQueries queries;
    private final RuleSetStore ruleSets;
    private final UserRepository users;
    private final Clock clock;

    DashboardService(CurrentUser currentUser, CaseloadQueries queries, RuleSetStore ruleSets, UserRepository users,
            Clock clock) {
        this.currentUser = currentUser;
        this.queries = queries;
        this.ruleSets = ruleSets;
        this.users = users;
        this.clock = clock;
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

    /** Every figure of the dashboard for {@code query}, in one call. */
    @PreAuthorize("hasAnyRole('ADMIN', 'ADVISOR')")
    public Dashboard dashboard(DashboardQuery query) {
        MatchwiseUser user = currentUser.require();
        LocalDate today = LocalDate.now(clock);
        RuleSet ruleSet = ruleSets.current(user.schoolId(), query.matchYear(), user.id());
        int lag = ruleSet.thresholds().step2ScoreLagDays();
        CaseloadScope scope = new CaseloadScope(user.schoolId(), query.matchYear(), query.specialty(), query.advisorId());
        List<ApplicantRow> rows = queries.applicants(scope, new Step2Cutoff(ruleSet.calendar().programsOpen(), lag));

        long openHigh = rows.stream().filter(ApplicantRow::openHighFlag).count();
        long notReady = rows.stream().filter(r -> Verdict.NOT_READY.name().equals(r.verdict())).count();
        long reapplicants = rows.stream().filter(ApplicantRow::reapplicant).count();
        Headline headline = new Headline(rows.size(), openHigh, notReady, reapplicants);

        List<CategoryCount> categories = queries.activeFlagsByCategory(scope).stream()
                .map(c -> new CategoryCount(c.category(), c.applicants()))
                .sorted(Comparator.comparingLong(CategoryCount::applicants).reversed()
                        .thenComparing(CategoryCount::category))
                .toList();

        Map<Step2Status, Long> step2Counts = new EnumMap<>(Step2Status.class);
        for (Step2Status s : Step2Status.values()) {
            step2Counts.put(s, 0L);
        }
        List<Step2Line> step2 = new ArrayList<>(rows.size());
        for (ApplicantRow r : rows) {
            step2Counts.merge(r.step2Status(), 1L, Long::sum);
            step2.add(new Step2Line(r.id(), name(r), r.step2Status(), r.step2Date(),
                    r.step2Date() == null ? null : r.step2Date().plusDays(lag)));
        }
        step2.sort(Comparator.comparing((Step2Line l) -> step2Order(l.status()))
                .thenComparing(Step2Line::testDate, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Step2Line::name));

        Usce usce = usce(scope, rows, ruleSet, today);

        Map<LetterStatus, LetterCount> letterCounts = new EnumMap<>(LetterStatus.class);
        queries.lettersByStatus(scope, today).forEach(c -> letterCounts.put(c.status(), c));
        List<LetterLine> letters = Arrays.stream(LetterStatus.values()).map(s -> {
            LetterCount c = letterCounts.get(s);
            return new LetterLine(s, c == null ? 0 : c.letters(), c == null ? 0 : c.overdue());
        }).toList();
        long lettersOverdue = letters.stream().mapToLong(LetterLine::overdue).sum();

        LocalDate horizon = today.plusDays(ACTION_HORIZON_DAYS);
        ActionCounts counts = queries.openActionCounts(scope, today, horizon);
        List<ActionLine> actions = queries.openActionsDueBy(scope, horizon, ACTION_LINES).stream()
                .map(a -> new ActionLine(a.actionId(), a.applicantId(), a.givenName() + " " + a.familyName(),
                        a.category(), a.title(), a.owner(), a.dueDate(), a.dueDate().isBefore(today)))
                .toList();

        SeasonDates season = new SeasonDates(ruleSet.calendar().erasOpens(), ruleSet.calendar().programsOpen(), lag,
                today);
        return new Dashboard(query, season, headline, categories, Collections.unmodifiableMap(step2Counts),
                List.copyOf(step2), usce, letters, lettersOverdue,
                new Actions(counts.overdue(), counts.upcoming(), ACTION_HORIZON_DAYS, actions));
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
                        CaseloadQueries.SortColumn.valueOf(sort.name()), descending, Math.max(0, offset), size)
                .stream()
                .map(r -> new ListRow(r.id(), name(r), r.email(), r.matchYear(), primary(r.targetSpecialties()),
                        r.verdict() == null ? null : Verdict.valueOf(r.verdict()), r.step2Status(), r.activeFlags()))
                .toList();
    }

    private Usce usce(CaseloadScope scope, List<ApplicantRow> rows, RuleSet ruleSet, LocalDate today) {
        Map<Long, Long> handsOnDays = new HashMap<>();
        Map<Long, Set<Specialty>> exposure = new HashMap<>();
        for (UsExperienceRow e : queries.usClinicalExperiences(scope)) {
            exposure.computeIfAbsent(e.applicantId(), id -> new HashSet<>()).add(e.specialty());
            if (e.kind().isHandsOn()) {
                LocalDate end = e.end() != null ? e.end() : today;
                handsOnDays.merge(e.applicantId(), Math.max(0, end.toEpochDay() - e.start().toEpochDay()), Long::sum);
            }
        }
        double threshold = ruleSet.thresholds().usceHandsOnMonths();
        List<UsceLine> lines = new ArrayList<>(rows.size());
        Map<Specialty, long[]> coverage = new EnumMap<>(Specialty.class);
        for (ApplicantRow r : rows) {
            Specialty primary = primary(r.targetSpecialties());
            double months = ruleSet.thresholds().months(handsOnDays.getOrDefault(r.id(), 0L));
            boolean covered = false;
            if (primary != null) {
                Set<Specialty> seen = exposure.getOrDefault(r.id(), Set.of());
                covered = ruleSet.exposureRequirements(primary).stream()
                        .allMatch(group -> group.stream().anyMatch(seen::contains));
                long[] c = coverage.computeIfAbsent(primary, s -> new long[2]);
                c[0]++;
                if (covered) {
                    c[1]++;
                }
            }
            lines.add(new UsceLine(r.id(), name(r), primary, months, covered));
        }
        long below = lines.stream().filter(l -> l.handsOnMonths() < threshold).count();
        lines.sort(Comparator.comparingDouble(UsceLine::handsOnMonths).thenComparing(UsceLine::name));
        List<CoverageLine> byPrimary = coverage.entrySet().stream()
                .map(e -> new CoverageLine(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
        return new Usce(threshold, below, List.copyOf(lines), byPrimary);
    }

    private static CaseloadScope scope(MatchwiseUser user, ListQuery query) {
        return new CaseloadScope(user.schoolId(), query.matchYear(), query.specialty(), query.advisorId());
    }

    private static Step2Cutoff cutoff(RuleSet ruleSet) {
        return new Step2Cutoff(ruleSet.calendar().programsOpen(), ruleSet.thresholds().step2ScoreLagDays());
    }

    private static CaseloadQueries.ListFilter filter(ListQuery q) {
        return new CaseloadQueries.ListFilter(q.text(), q.category(), q.severity(), q.verdict(), q.step2Status());
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

    /** Risky statuses first on the board. */
    private static int step2Order(Step2Status s) {
        return switch (s) {
            case FAILED_NOT_PASSED -> 0;
            case NOT_SCHEDULED -> 1;
            case LATE -> 2;
            case ON_TRACK -> 3;
            case PASSED -> 4;
        };
    }
}
