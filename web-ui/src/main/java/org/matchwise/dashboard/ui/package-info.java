/** The advisor's workspace screens: the caseload dashboard and the bookmarkable, filterable applicant list. */
package org.matchwise.dashboard.ui;
