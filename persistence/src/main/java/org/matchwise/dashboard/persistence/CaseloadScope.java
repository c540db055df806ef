package org.matchwise.dashboard.persistence;

import org.matchwise.applicant.Specialty;

/**
 * Which applicants a dashboard or list query reads: always one school and one match year.
 *
 * @param schoolId  the tenant
 * @param matchYear the applicants' current match year
 * @param specialty a target specialty, any position in the list (null: any)
 * @param advisorId an assigned advisor (null: any)
 */
public record CaseloadScope(long schoolId, int matchYear, Specialty specialty, Long advisorId) {
}
