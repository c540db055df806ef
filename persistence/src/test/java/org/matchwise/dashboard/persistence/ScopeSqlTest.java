package org.matchwise.dashboard.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.matchwise.applicant.Specialty;

/**
 * Pins the SQL of a caseload scope, for each kind of scope: every dashboard statement appends it, so a change
 * here changes all of their texts and PostgreSQL plans (see docs/dashboard-bench) and must be deliberate.
 */
class ScopeSqlTest {

    private static final String SCHOOL_AND_YEAR = "a.school_id = :school AND a.match_year = :year";
    private static final String SPECIALTY = " AND (',' || a.target_specialties || ',') LIKE :specialty";
    private static final String ADVISOR = " AND EXISTS (SELECT 1 FROM applicant_advisor aa"
            + " WHERE aa.applicant_id = a.id AND aa.advisor_id = :advisor)";

    private final StringBuilder text = new StringBuilder("WHERE ");
    private final Map<String, Object> params = new LinkedHashMap<>();

    @Test
    void aSchoolAndYearScopeFiltersOnlyByTheApplicantsSchoolAndMatchYear() {
        ScopeSql.appendConditions(text, params, new CaseloadScope(7, 2027, null, null));

        assertThat(text).hasToString("WHERE " + SCHOOL_AND_YEAR);
        assertThat(params).containsExactly(entry("school", 7L), entry("year", 2027));
    }

    @Test
    void anAdvisorScopeAddsTheAdvisorsCaseloadAsAnExistsOnTheAssignments() {
        ScopeSql.appendConditions(text, params, new CaseloadScope(7, 2027, null, 42L));

        assertThat(text).hasToString("WHERE " + SCHOOL_AND_YEAR + ADVISOR);
        assertThat(params).containsExactly(entry("school", 7L), entry("year", 2027), entry("advisor", 42L));
    }

    @Test
    void aSpecialtyScopeMatchesTheSpecialtyAnywhereInTheCommaSeparatedTargets() {
        ScopeSql.appendConditions(text, params, new CaseloadScope(7, 2027, Specialty.PEDIATRICS, null));

        assertThat(text).hasToString("WHERE " + SCHOOL_AND_YEAR + SPECIALTY);
        assertThat(params).containsExactly(entry("school", 7L), entry("year", 2027),
                entry("specialty", "%,PEDIATRICS,%"));
    }

    @Test
    void aSpecialtyAndAdvisorScopeAppliesTheSpecialtyBeforeTheAdvisor() {
        ScopeSql.appendConditions(text, params, new CaseloadScope(7, 2027, Specialty.PEDIATRICS, 42L));

        assertThat(text).hasToString("WHERE " + SCHOOL_AND_YEAR + SPECIALTY + ADVISOR);
        assertThat(params).containsExactly(entry("school", 7L), entry("year", 2027),
                entry("specialty", "%,PEDIATRICS,%"), entry("advisor", 42L));
    }
}
