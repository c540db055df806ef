/** The admin's access log screen. */
package org.matchwise.audit.ui;
