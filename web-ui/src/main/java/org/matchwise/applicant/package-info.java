/**
 * The applicant record as a service: create, replace with a version check, list and search within the
 * caller's school, case overview, assessment with the flag lifecycle, history and cycle snapshots, manual
 * flags, verification and advising notes. Every method checks role and school; applicants reach only their
 * own record and never its sensitive parts.
 */
package org.matchwise.applicant;
