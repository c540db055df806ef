/** The admin screens: users and caseloads, cohorts, roster import with preview, and the rule-set editor. */
package org.matchwise.admin.ui;
