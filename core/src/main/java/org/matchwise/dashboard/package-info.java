/** The caseload dashboard's vocabulary that its screens and its queries share: the applicant list's sort columns. */
package org.matchwise.dashboard;
