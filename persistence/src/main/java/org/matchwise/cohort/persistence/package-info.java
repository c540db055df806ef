/** Cohorts: the applicants of one school aiming at one match year. */
package org.matchwise.cohort.persistence;
