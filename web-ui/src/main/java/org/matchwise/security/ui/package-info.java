/** Screens about accounts: the login view and the admin's list of users. */
package org.matchwise.security.ui;
