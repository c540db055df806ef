/** Assessing an applicant: the preview service that runs the red-flag rules, timing and readiness on a submitted profile. */
package org.matchwise.assessment;
