package org.matchwise.admin;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.matchwise.admin.AdminViews.CohortResult;
import org.matchwise.admin.AdminViews.CohortRow;
import org.matchwise.admin.persistence.AdminQueries;
import org.matchwise.cohort.persistence.CohortEntity;
import org.matchwise.cohort.persistence.CohortRepository;
import org.matchwise.ruleset.RuleSet;
import org.matchwise.ruleset.RuleSetStore;
import org.matchwise.security.CurrentUser;
import org.matchwise.security.MatchwiseUser;
import org.matchwise.security.persistence.UserEntity;
import org.matchwise.security.persistence.UserRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cohorts of the admin's school (one per match year) with their size and advisors, and a new cohort for a
 * coming match year. A new cohort also fixes the year's first rule set: a copy of the nearest earlier year's,
 * else the defaults, so the year's assessments start from last year's settings.
 */
@Service
@Transactional
public class CohortAdminService {

    /** How far ahead a cohort may be opened; the season for match year Y starts in June of Y-1. */
    static final int MAX_YEARS_AHEAD = 5;

    private final CurrentUser currentUser;
    private final CohortRepository cohorts;
    private final UserRepository users;
    private final AdminQueries queries;
    private final RuleSetStore ruleSets;
    private final Clock clock;

    CohortAdminService(CurrentUser currentUser, CohortRepository cohorts, UserRepository users, AdminQueries queries,
            RuleSetStore ruleSets, Clock clock) {
        this.currentUser = currentUser;
        this.cohorts = cohorts;
        this.users = users;
        this.queries = queries;
        this.ruleSets = ruleSets;
        this.clock = clock;
    }

    /** The school's cohorts, newest match year first. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<CohortRow> cohorts() {
        MatchwiseUser admin = currentUser.require();
        Map<Long, String> names = users.findBySchoolIdOrderByDisplayName(admin.schoolId()).stream()
                .collect(Collectors.toMap(UserEntity::getId, UserEntity::getDisplayName));
        return cohorts.findBySchoolIdOrderByMatchYearDesc(admin.schoolId()).stream()
                .map(c -> row(c, names::get)).toList();
    }

    /** Opens the cohort of {@code matchYear}, from last year up to {@link #MAX_YEARS_AHEAD} ahead. */
    @PreAuthorize("hasRole('ADMIN')")
    public CohortResult create(Integer matchYear) {
        MatchwiseUser admin = currentUser.require();
        int thisYear = LocalDate.now(clock).getYear();
        if (matchYear == null || matchYear < thisYear - 1 || matchYear > thisYear + MAX_YEARS_AHEAD) {
            return new CohortResult.Refused("year_out_of_range");
        }
        if (cohorts.findBySchoolIdAndMatchYear(admin.schoolId(), matchYear).isPresent()) {
            return new CohortResult.Refused("cohort_exists");
        }
        CohortEntity cohort = cohorts.saveAndFlush(new CohortEntity(admin.schoolId(), matchYear, "Match " + matchYear,
                clock.instant()));
        RuleSet ruleSet = ruleSets.current(admin.schoolId(), matchYear, admin.id());
        return new CohortResult.Created(row(cohort, id -> null), ruleSet.identity().version());
    }

    private CohortRow row(CohortEntity c, Function<Long, String> names) {
        List<String> advisors = queries.advisorIdsOf(c.getId()).stream().map(Number::longValue).map(names).filter(n -> n != null).sorted()
                .toList();
        return new CohortRow(c.getId(), c.getMatchYear(), c.getName(), cohorts.countMembers(c.getId()), advisors);
    }
}
