/**
 * The entry editors the advisor's case view ({@code casefile.ui}) and the applicant's portal ({@code portal.ui}) both
 * use, in the role of each ({@link org.matchwise.applicant.ui.EntryEditor}, one subclass per list, shown as
 * {@link org.matchwise.applicant.ui.EntryRows} and edited in an {@link org.matchwise.applicant.ui.EntryFormPanel}),
 * with what they share: the profile's entry lists ({@link org.matchwise.applicant.ui.ProfileList}), the form records
 * ({@link org.matchwise.applicant.ui.EntryForms}) and their mappings ({@link org.matchwise.applicant.ui.FormMapping}),
 * and the validation rules ({@link org.matchwise.applicant.ui.EntryRules}). Each screen stays the editors' host
 * ({@link org.matchwise.applicant.ui.EntryHost}): it stores the edited profile against the version it read.
 */
package org.matchwise.applicant.ui;
