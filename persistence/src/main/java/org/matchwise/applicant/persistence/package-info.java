/**
 * The applicant record and its children (exams, experiences, letters, timeline, events, cycles) as audited
 * JPA entities, their mapping to and from the core {@code ApplicantProfile}, snapshots and history queries.
 */
package org.matchwise.applicant.persistence;
