/** Cohort exports' vocabulary: where an export job stands, shared by the stored job, the screen and the API. */
package org.matchwise.reportexport;
