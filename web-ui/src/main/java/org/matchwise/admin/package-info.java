/**
 * The admin's office tools as services: the school's accounts (invite, deactivate, reset, caseloads), cohorts,
 * and rule-set versions with a preview of whose verdict an edit would change. ADMIN only, scoped to the
 * caller's school.
 */
package org.matchwise.admin;
