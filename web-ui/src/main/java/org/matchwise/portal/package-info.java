/** The applicant portal: an applicant's own record, plan, explanations and readiness, and evidence files. */
package org.matchwise.portal;
