package org.matchwise.dashboard;

/**
 * The columns the applicant list sorts by: the one vocabulary for the list's screen and its link ({@code sort=NAME}),
 * the dashboard service and the caseload query that turns each into its {@code ORDER BY}.
 */
public enum ListSort { NAME, EMAIL, VERDICT, STEP2, FLAGS }
