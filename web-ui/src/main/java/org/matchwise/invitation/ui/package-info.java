/** The invitation screen for advisors and admins, and the public pages that set or reset a password. */
package org.matchwise.invitation.ui;
