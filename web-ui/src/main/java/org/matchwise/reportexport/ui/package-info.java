/** The report download links for a case page and the cohort exports view. */
package org.matchwise.reportexport.ui;
