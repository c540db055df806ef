/** Stored assessments: each recomputation of an applicant's flags and readiness, with its rule-set version. */
package org.matchwise.assessment.persistence;
