/** Remediation plans of applicants and their actions (owner, due date, status, evidence). */
package org.matchwise.plan.persistence;
