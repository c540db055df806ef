package org.matchwise.dashboard.ui;

import com.vaadin.flow.router.QueryParameters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.matchwise.applicant.Specialty;
import org.matchwise.dashboard.DashboardViews.DashboardQuery;
import org.matchwise.dashboard.DashboardViews.ListQuery;
import org.matchwise.dashboard.DashboardViews.Marker;
import org.matchwise.dashboard.ListSort;
import org.matchwise.flags.FlagCategory;
import org.matchwise.flags.Severity;
import org.matchwise.flags.Step2Status;
import org.matchwise.readiness.Verdict;

/**
 * The applicant list's filters and sort as they travel in the URL, so a list can be bookmarked and shared:
 * {@code applicants?year=2027&category=LETTERS&severity=HIGH&verdict=NOT_READY&step2=LATE&advisor=3
 * &specialty=PEDIATRICS&marker=OPEN_HIGH&q=reyes&sort=NAME&dir=desc}. Unknown or malformed values are ignored (the filter is
 * then off); the match year falls back to the current season.
 */
public record ListState(Integer year, String text, FlagCategory category, Severity severity, Verdict verdict,
        Step2Status step2, Long advisor, Specialty specialty, ListSort sort, boolean descending, Marker marker) {

    public static ListState empty() {
        return new ListState(null, null, null, null, null, null, null, null, null, false, null);
    }

    /** The list with {@code query}'s match year, advisor and specialty (a caseload's figures link to it). */
    public static ListState of(DashboardQuery query) {
        return empty().withYear(query.matchYear()).withAdvisor(query.advisorId()).withSpecialty(query.specialty());
    }

    static ListState parse(QueryParameters parameters) {
        Map<String, List<String>> p = parameters.getParameters();
        return new ListState(value(p, "year", Integer::valueOf), value(p, "q", s -> s.isBlank() ? null : s),
                value(p, "category", FlagCategory::valueOf), value(p, "severity", Severity::valueOf),
                value(p, "verdict", Verdict::valueOf), value(p, "step2", Step2Status::valueOf),
                value(p, "advisor", Long::valueOf), value(p, "specialty", Specialty::valueOf),
                value(p, "sort", ListSort::valueOf), "desc".equals(value(p, "dir", s -> s)),
                value(p, "marker", Marker::valueOf));
    }

    public QueryParameters toParameters() {
        Map<String, String> p = new LinkedHashMap<>();
        put(p, "year", year);
        put(p, "q", text == null || text.isBlank() ? null : text);
        put(p, "category", category);
        put(p, "severity", severity);
        put(p, "verdict", verdict);
        put(p, "step2", step2);
        put(p, "advisor", advisor);
        put(p, "specialty", specialty);
        put(p, "marker", marker);
        put(p, "sort", sort);
        if (sort != null && descending) {
            p.put("dir", "desc");
        }
        return QueryParameters.simple(p);
    }

    /** True when any filter (not the year or sort) narrows the list. */
    boolean filtered() {
        return (text != null && !text.isBlank()) || category != null || severity != null || verdict != null
                || step2 != null || advisor != null || specialty != null || marker != null;
    }

    ListQuery query(int currentYear) {
        return new ListQuery(year == null ? currentYear : year, text, category, severity, verdict, step2, advisor,
                specialty, marker);
    }

    public ListState withYear(Integer v) { return new ListState(v, text, category, severity, verdict, step2, advisor, specialty, sort, descending, marker); }
    public ListState withText(String v) { return new ListState(year, v, category, severity, verdict, step2, advisor, specialty, sort, descending, marker); }
    public ListState withCategory(FlagCategory v) { return new ListState(year, text, v, severity, verdict, step2, advisor, specialty, sort, descending, marker); }
    public ListState withSeverity(Severity v) { return new ListState(year, text, category, v, verdict, step2, advisor, specialty, sort, descending, marker); }
    public ListState withVerdict(Verdict v) { return new ListState(year, text, category, severity, v, step2, advisor, specialty, sort, descending, marker); }
    public ListState withStep2(Step2Status v) { return new ListState(year, text, category, severity, verdict, v, advisor, specialty, sort, descending, marker); }
    public ListState withAdvisor(Long v) { return new ListState(year, text, category, severity, verdict, step2, v, specialty, sort, descending, marker); }
    public ListState withSpecialty(Specialty v) { return new ListState(year, text, category, severity, verdict, step2, advisor, v, sort, descending, marker); }
    public ListState withMarker(Marker v) { return new ListState(year, text, category, severity, verdict, step2, advisor, specialty, sort, descending, v); }
    public ListState withSort(ListSort v, boolean desc) { return new ListState(year, text, category, severity, verdict, step2, advisor, specialty, v, desc, marker); }

    private static void put(Map<String, String> p, String key, Object value) {
        if (value != null) {
            p.put(key, value instanceof Enum<?> e ? e.name() : value.toString());
        }
    }

    private static <T> T value(Map<String, List<String>> p, String key, Function<String, T> read) {
        List<String> values = p.get(key);
        if (values == null || values.isEmpty() || values.getFirst() == null) {
            return null;
        }
        try {
            return read.apply(values.getFirst().trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
