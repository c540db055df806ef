/** The assessment: one pure, deterministic function from a profile, a rule set and a date to flags, Step 2 CK timing and readiness. */
package org.matchwise.assessment;
