/** Rule sets: every threshold, band, calendar date and requirement the rules read, as editable data per school and match year. */
package org.matchwise.ruleset;
