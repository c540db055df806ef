package org.matchwise.admin;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.matchwise.admin.AdminViews.FieldProblem;
import org.matchwise.admin.AdminViews.RuleSetForm;

/**
 * What an edited rule set must satisfy before it is previewed or stored: every threshold present and within a
 * sensible range (a "HIGH" limit never below its lower limit), and a calendar in season order (ERAS opens,
 * applicants submit, programs open, all in the year before the match year; rank lists, then Match Day, in
 * the match year). The form shows the same problems next to the fields; the service refuses them again.
 */
public final class RuleSetChecks {

    static final String REQUIRED = "admin.rules.error.required";
    static final String RANGE = "admin.rules.error.range";
    static final String BELOW_LOW = "admin.rules.error.belowLow";
    static final String SEASON_YEAR = "admin.rules.error.seasonYear";
    static final String MATCH_YEAR = "admin.rules.error.matchYear";
    static final String AFTER_ERAS = "admin.rules.error.afterEras";
    static final String NOT_BEFORE_SUBMIT = "admin.rules.error.notBeforeSubmit";
    static final String AFTER_PROGRAMS_OPEN = "admin.rules.error.afterProgramsOpen";
    static final String AFTER_RANK_DEADLINE = "admin.rules.error.afterRankDeadline";

    private RuleSetChecks() {
    }

    /** Every problem of the form for {@code matchYear}; empty when it may be stored. */
    public static List<FieldProblem> check(int matchYear, RuleSetForm f) {
        List<FieldProblem> p = new ArrayList<>();
        range(p, "gapMonths", f.gapMonths(), 0.5, 60);
        atLeast(p, "gapHighMonths", f.gapHighMonths(), f.gapMonths(), 120);
        range(p, "yearsSinceGraduation", f.yearsSinceGraduation(), 0, 40);
        range(p, "recentClinicalMonths", f.recentClinicalMonths(), 1, 120);
        atLeast(p, "recentClinicalHighMonths", f.recentClinicalHighMonths(), f.recentClinicalMonths(), 240);
        range(p, "usceHandsOnMonths", f.usceHandsOnMonths(), 0, 36);
        range(p, "fullTimeOverlapMonths", f.fullTimeOverlapMonths(), 0, 12);
        range(p, "daysPerMonth", f.daysPerMonth(), 28, 31);
        range(p, "step2ScoreLagDays", f.step2ScoreLagDays(), 0, 120);
        range(p, "step1NumericLow", f.step1NumericLow(), 1, 300);
        range(p, "examFailuresForHigh", f.examFailuresForHigh(), 1, 10);
        range(p, "patternEvents", f.patternEvents(), 1, 10);

        int season = matchYear - 1;
        inYear(p, "erasOpens", f.erasOpens(), season, SEASON_YEAR);
        inYear(p, "applicantsMaySubmit", f.applicantsMaySubmit(), season, SEASON_YEAR);
        inYear(p, "programsOpen", f.programsOpen(), season, SEASON_YEAR);
        inYear(p, "rankOrderDeadline", f.rankOrderDeadline(), matchYear, MATCH_YEAR);
        inYear(p, "matchDay", f.matchDay(), matchYear, MATCH_YEAR);
        order(p, "applicantsMaySubmit", f.erasOpens(), f.applicantsMaySubmit(), false, AFTER_ERAS);
        order(p, "programsOpen", f.applicantsMaySubmit(), f.programsOpen(), true, NOT_BEFORE_SUBMIT);
        order(p, "rankOrderDeadline", f.programsOpen(), f.rankOrderDeadline(), false, AFTER_PROGRAMS_OPEN);
        order(p, "matchDay", f.rankOrderDeadline(), f.matchDay(), false, AFTER_RANK_DEADLINE);
        return List.copyOf(p);
    }

    /** The first problem of one field, or null. */
    public static FieldProblem firstFor(String field, int matchYear, RuleSetForm form) {
        return check(matchYear, form).stream().filter(x -> x.field().equals(field)).findFirst().orElse(null);
    }

    private static void range(List<FieldProblem> p, String field, Number value, double min, double max) {
        if (value == null) {
            p.add(new FieldProblem(field, REQUIRED, List.of()));
        } else if (!(value.doubleValue() >= min && value.doubleValue() <= max)) {
            p.add(new FieldProblem(field, RANGE, List.of(min, max)));
        }
    }

    private static void atLeast(List<FieldProblem> p, String field, Number value, Number low, double max) {
        if (value == null) {
            p.add(new FieldProblem(field, REQUIRED, List.of()));
        } else if (low != null && value.doubleValue() < low.doubleValue()) {
            p.add(new FieldProblem(field, BELOW_LOW, List.of(low)));
        } else if (!(value.doubleValue() >= 0 && value.doubleValue() <= max)) {
            p.add(new FieldProblem(field, RANGE, List.of(0, max)));
        }
    }

    private static void inYear(List<FieldProblem> p, String field, LocalDate date, int year, String key) {
        if (date == null) {
            p.add(new FieldProblem(field, REQUIRED, List.of()));
        } else if (date.getYear() != year) {
            p.add(new FieldProblem(field, key, List.of(String.valueOf(year))));
        }
    }

    private static void order(List<FieldProblem> p, String field, LocalDate before, LocalDate date, boolean sameDayOk,
            String key) {
        if (before == null || date == null || p.stream().anyMatch(x -> x.field().equals(field))) {
            return;
        }
        if (sameDayOk ? date.isBefore(before) : !date.isAfter(before)) {
            p.add(new FieldProblem(field, key, List.of()));
        }
    }
}
