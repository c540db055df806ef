/** The applicant case view at {@code applicants/:id}: overview, timeline, exams, USCE, letters, flags, plan, explanations, cycles, notes and history. */
package org.matchwise.casefile.ui;
