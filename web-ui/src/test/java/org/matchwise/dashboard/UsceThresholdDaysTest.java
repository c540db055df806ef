package org.matchwise.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.matchwise.ruleset.RuleSet;

/** The cohort summary counts "below the USCE threshold" in SQL by days; the day count must match the months rule. */
class UsceThresholdDaysTest {

    private final RuleSet rules = RuleSet.defaults(2027);

    @Test
    void the_day_count_that_reaches_the_threshold_is_the_first_whose_months_are_not_below_it() {
        double threshold = rules.thresholds().usceHandsOnMonths();

        long days = DashboardService.daysReaching(rules, threshold);

        assertThat(rules.thresholds().months(days)).isGreaterThanOrEqualTo(threshold);
        assertThat(rules.thresholds().months(days - 1)).isLessThan(threshold);
    }

    @Test
    void whole_and_fractional_thresholds_convert_by_the_rule_sets_days_per_month() {
        for (double months : new double[] {0.5, 1, 2.9, 3, 6, 12.25}) {
            long days = DashboardService.daysReaching(rules, months);
            assertThat(rules.thresholds().months(days)).as("%s months", months).isGreaterThanOrEqualTo(months);
            assertThat(rules.thresholds().months(days - 1)).as("%s months", months).isLessThan(months);
        }
    }

    @Test
    void a_threshold_of_zero_months_leaves_nobody_below_it() {
        assertThat(DashboardService.daysReaching(rules, 0)).isZero();
    }
}
