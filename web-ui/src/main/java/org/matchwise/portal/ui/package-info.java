/** The applicant's own screens: My progress, My plan, My explanations and My readiness. */
package org.matchwise.portal.ui;
