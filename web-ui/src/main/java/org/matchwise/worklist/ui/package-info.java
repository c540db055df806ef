/** The worklist screen: the landing page of advisors and admins. */
package org.matchwise.worklist.ui;
