package org.matchwise.ruleset;

import java.time.LocalDate;

/**
 * The numeric thresholds of the red-flag rules (domain.md defaults in brackets).
 *
 * @param gapMonths                R5 fires on an uncovered stretch of more than this many months [3]
 * @param gapHighMonths            R5 is HIGH above this many months [12]
 * @param yearsSinceGraduation     R7 fires when graduation is more than this many calendar years before ERAS opening [3]
 * @param recentClinicalMonths     R8 fires when no clinical experience ends within this many months before ERAS opening [12]
 * @param recentClinicalHighMonths R8 is HIGH when none ends within this many months [24]
 * @param usceHandsOnMonths        R9 fires below this many months of US hands-on experience [3]
 * @param fullTimeOverlapMonths    R17 fires when two full-time entries overlap by more than this [1]
 * @param daysPerMonth             months = days / this, unrounded [30.44]
 * @param step2ScoreLagDays        days from the Step 2 CK test to its score [28]
 * @param step1NumericLow          R3 fires on a numeric Step 1 below this [215]
 * @param examFailuresForHigh      R1 is HIGH from this many failures [2, "more than one"]
 * @param patternEvents            R1, R6, R12, R13 are PATTERN from this many events [2]
 */
public record Thresholds(double gapMonths, double gapHighMonths, int yearsSinceGraduation, double recentClinicalMonths,
        double recentClinicalHighMonths, double usceHandsOnMonths, double fullTimeOverlapMonths, double daysPerMonth,
        int step2ScoreLagDays, int step1NumericLow, int examFailuresForHigh, int patternEvents) {

    public Thresholds {
        if (!(daysPerMonth > 0)) {
            throw new IllegalArgumentException("daysPerMonth must be positive, was " + daysPerMonth);
        }
        if (step2ScoreLagDays < 0) {
            throw new IllegalArgumentException("step2ScoreLagDays must not be negative, was " + step2ScoreLagDays);
        }
        if (examFailuresForHigh < 1 || patternEvents < 1) {
            throw new IllegalArgumentException("event counts must be 1 or more");
        }
    }

    public static Thresholds defaults() {
        return new Thresholds(3, 12, 3, 12, 24, 3, 1, 30.44, 28, 215, 2, 2);
    }

    /** A length in days as months: days / daysPerMonth, not rounded. */
    public double months(long days) {
        return days / daysPerMonth;
    }

    /** The months from {@code start} to {@code end} (negative when end is before start). */
    public double monthsBetween(LocalDate start, LocalDate end) {
        return months(end.toEpochDay() - start.toEpochDay());
    }

    public Thresholds withGapMonths(double v) { return new Thresholds(v, gapHighMonths, yearsSinceGraduation, recentClinicalMonths, recentClinicalHighMonths, usceHandsOnMonths, fullTimeOverlapMonths, daysPerMonth, step2ScoreLagDays, step1NumericLow, examFailuresForHigh, patternEvents); }
    public Thresholds withGapHighMonths(double v) { return new Thresholds(gapMonths, v, yearsSinceGraduation, recentClinicalMonths, recentClinicalHighMonths, usceHandsOnMonths, fullTimeOverlapMonths, daysPerMonth, step2ScoreLagDays, step1NumericLow, examFailuresForHigh, patternEvents); }
    public Thresholds withYearsSinceGraduation(int v) { return new Thresholds(gapMonths, gapHighMonths, v, recentClinicalMonths, recentClinicalHighMonths, usceHandsOnMonths, fullTimeOverlapMonths, daysPerMonth, step2ScoreLagDays, step1NumericLow, examFailuresForHigh, patternEvents); }
    public Thresholds withRecentClinicalMonths(double v) { return new Thresholds(gapMonths, gapHighMonths, yearsSinceGraduation, v, recentClinicalHighMonths, usceHandsOnMonths, fullTimeOverlapMonths, daysPerMonth, step2ScoreLagDays, step1NumericLow, examFailuresForHigh, patternEvents); }
    public Thresholds withRecentClinicalHighMonths(double v) { return new Thresholds(gapMonths, gapHighMonths, yearsSinceGraduation, recentClinicalMonths, v, usceHandsOnMonths, fullTimeOverlapMonths, daysPerMonth, step2ScoreLagDays, step1NumericLow, examFailuresForHigh, patternEvents); }
    public Thresholds withUsceHandsOnMonths(double v) { return new Thresholds(gapMonths, gapHighMonths, yearsSinceGraduation, recentClinicalMonths, recentClinicalHighMonths, v, fullTimeOverlapMonths, daysPerMonth, step2ScoreLagDays, step1NumericLow, examFailuresForHigh, patternEvents); }
    public Thresholds withFullTimeOverlapMonths(double v) { return new Thresholds(gapMonths, gapHighMonths, yearsSinceGraduation, recentClinicalMonths, recentClinicalHighMonths, usceHandsOnMonths, v, daysPerMonth, step2ScoreLagDays, step1NumericLow, examFailuresForHigh, patternEvents); }
    public Thresholds withDaysPerMonth(double v) { return new Thresholds(gapMonths, gapHighMonths, yearsSinceGraduation, recentClinicalMonths, recentClinicalHighMonths, usceHandsOnMonths, fullTimeOverlapMonths, v, step2ScoreLagDays, step1NumericLow, examFailuresForHigh, patternEvents); }
    public Thresholds withStep2ScoreLagDays(int v) { return new Thresholds(gapMonths, gapHighMonths, yearsSinceGraduation, recentClinicalMonths, recentClinicalHighMonths, usceHandsOnMonths, fullTimeOverlapMonths, daysPerMonth, v, step1NumericLow, examFailuresForHigh, patternEvents); }
    public Thresholds withStep1NumericLow(int v) { return new Thresholds(gapMonths, gapHighMonths, yearsSinceGraduation, recentClinicalMonths, recentClinicalHighMonths, usceHandsOnMonths, fullTimeOverlapMonths, daysPerMonth, step2ScoreLagDays, v, examFailuresForHigh, patternEvents); }
    public Thresholds withExamFailuresForHigh(int v) { return new Thresholds(gapMonths, gapHighMonths, yearsSinceGraduation, recentClinicalMonths, recentClinicalHighMonths, usceHandsOnMonths, fullTimeOverlapMonths, daysPerMonth, step2ScoreLagDays, step1NumericLow, v, patternEvents); }
    public Thresholds withPatternEvents(int v) { return new Thresholds(gapMonths, gapHighMonths, yearsSinceGraduation, recentClinicalMonths, recentClinicalHighMonths, usceHandsOnMonths, fullTimeOverlapMonths, daysPerMonth, step2ScoreLagDays, step1NumericLow, examFailuresForHigh, v); }
}
