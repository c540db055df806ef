/** The application shell: the main layout (navigation, who is signed in) and the start page that forwards each role to its landing screen. */
package org.matchwise.shell.ui;
