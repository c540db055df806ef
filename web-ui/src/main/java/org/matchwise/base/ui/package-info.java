/** The shell every screen lives in: the app shell, the main layout with role-aware navigation, home and errors. */
package org.matchwise.base.ui;
