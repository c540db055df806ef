/** REST endpoints for report PDFs, disclosures and cohort export jobs. */
package org.matchwise.reportexport.api;
