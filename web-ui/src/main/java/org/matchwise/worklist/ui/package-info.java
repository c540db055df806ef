/** The worklist screen: what needs doing, most urgent first (the advisors' and admins' landing page). */
package org.matchwise.worklist.ui;
