/** Reports: the PDF reports of an applicant from stored data, disclosures, and cohort exports as background jobs. */
package org.matchwise.reportexport;
