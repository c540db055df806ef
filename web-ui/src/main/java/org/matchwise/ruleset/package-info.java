/** Stored rule sets per school and match year, and the rule-set source of the assessment preview. */
package org.matchwise.ruleset;
