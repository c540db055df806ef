/** The stored rule-set document: a RuleSet as versioned JSON, read and written with Jackson. */
package org.matchwise.ruleset.json;
