/** Read-only queries the admin screens need beyond the feature repositories: who advises a cohort, caseload sizes. */
package org.matchwise.admin.persistence;
