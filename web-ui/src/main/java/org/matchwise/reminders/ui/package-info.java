/** The notification settings screen, for every role. */
package org.matchwise.reminders.ui;
