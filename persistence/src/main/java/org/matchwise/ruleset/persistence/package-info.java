/** Stored rule sets: one immutable JSON document per school, match year and version. */
package org.matchwise.ruleset.persistence;
