/**
 * What the advisor's case view ({@code casefile.ui}) and the applicant's portal ({@code portal.ui}) edit alike:
 * the form records whose fields and conversions are the same on both sides, and the validation rules both
 * editors apply. The differences stay with each side: the advisor-only fields (a letter's strength, a leave's
 * reason) and their forms live in the case view, and each side keeps its own components, labels and messages.
 */
package org.matchwise.applicant.ui;
