/**
 * The advisor's and admin's worklist: one list of what needs doing in a caseload or the whole school, most
 * urgent first, with per-user done and snooze marks.
 */
package org.matchwise.worklist;
