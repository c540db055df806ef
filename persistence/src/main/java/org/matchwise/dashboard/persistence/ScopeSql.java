package org.matchwise.dashboard.persistence;

import java.util.Map;

/**
 * What "the applicants of a {@link CaseloadScope}" means in SQL, in one place for every dashboard query
 * ({@link CaseloadQueries}, {@link WorklistQueries}, {@link UnverifiedEntries}): the conditions on the applicant table, aliased
 * {@code a}, and the named parameters they bind. Every value is bound, never inlined.
 */
final class ScopeSql {

    private ScopeSql() {
    }

    /**
     * Appends the scope's conditions on {@code a} to {@code text}, starting with the school (so the caller
     * writes the {@code WHERE} or {@code AND} before it), and puts their parameters into {@code params}:
     * {@code :school}, {@code :year}, and {@code :specialty} and {@code :advisor} when the scope narrows by them.
     */
    static void appendConditions(StringBuilder text, Map<String, Object> params, CaseloadScope scope) {
        text.append("a.school_id = :school AND a.match_year = :year");
        params.put("school", scope.schoolId());
        params.put("year", scope.matchYear());
        if (scope.specialty() != null) {
            text.append(" AND (',' || a.target_specialties || ',') LIKE :specialty");
            params.put("specialty", "%," + scope.specialty().name() + ",%");
        }
        if (scope.advisorId() != null) {
            text.append(" AND EXISTS (SELECT 1 FROM applicant_advisor aa WHERE aa.applicant_id = a.id"
                    + " AND aa.advisor_id = :advisor)");
            params.put("advisor", scope.advisorId());
        }
    }

    /** The conditions of {@link #appendConditions} as text for a statement's {@code WHERE}, parameters into {@code params}. */
    static String conditions(CaseloadScope scope, Map<String, Object> params) {
        StringBuilder text = new StringBuilder(160);
        appendConditions(text, params, scope);
        return text.toString();
    }
}
