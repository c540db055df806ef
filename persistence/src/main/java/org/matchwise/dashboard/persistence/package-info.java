/** Aggregate read queries over a school's stored applicant data for the caseload dashboard and the applicant list. */
package org.matchwise.dashboard.persistence;
