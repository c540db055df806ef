/** Readiness: whether an applicant should apply this cycle (verdict, reasons, checklist, domain assessments), advice and not a prediction. */
package org.matchwise.readiness;
