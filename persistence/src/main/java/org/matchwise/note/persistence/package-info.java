/** Advising notes: private to advisors and admins, or shared with the applicant. */
package org.matchwise.note.persistence;
