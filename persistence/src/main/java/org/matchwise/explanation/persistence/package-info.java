/** Explanation drafts an applicant writes for a flag, with their review status and the advisor's comment. */
package org.matchwise.explanation.persistence;
