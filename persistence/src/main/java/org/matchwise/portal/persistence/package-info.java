/** What the applicant portal stores beside the record: evidence files for remediation actions. */
package org.matchwise.portal.persistence;
