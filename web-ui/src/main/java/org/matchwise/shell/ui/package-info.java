/** The application shell: the main layout (navigation, who is signed in, the skip link), the start page that forwards each role to its landing screen, and the "not found" and "not allowed" pages. */
package org.matchwise.shell.ui;
