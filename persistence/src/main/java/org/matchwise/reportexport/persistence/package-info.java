/** Stored report disclosures and cohort export jobs. */
package org.matchwise.reportexport.persistence;
