/** Bulk import of applicants (CSV roster, JSON profiles; all-or-nothing and idempotent) and the cohort CSV export. */
package org.matchwise.imports;
