/**
 * What the advisor's case view ({@code casefile.ui}) and the applicant's portal ({@code portal.ui}) edit alike:
 * the profile's entry lists ({@link org.matchwise.applicant.ui.ProfileList}), the form records whose fields and
 * conversions are the same on both sides ({@link org.matchwise.applicant.ui.EntryForms}) with their mappings
 * ({@link org.matchwise.applicant.ui.FormMapping}), and the validation rules both editors apply
 * ({@link org.matchwise.applicant.ui.EntryRules}). The differences stay with each side: the advisor-only fields (a
 * letter's strength, a leave's reason) and their forms live in the case view, and each side keeps its own
 * components, labels and messages.
 */
package org.matchwise.applicant.ui;
