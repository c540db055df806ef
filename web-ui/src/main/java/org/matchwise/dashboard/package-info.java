/**
 * The advisor's workspace as a service: caseload dashboard figures and the filtered, paged applicant list,
 * aggregated from stored records of the caller's school in a handful of set-based queries.
 */
package org.matchwise.dashboard;
