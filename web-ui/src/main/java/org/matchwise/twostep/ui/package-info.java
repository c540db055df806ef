/** Two-step sign-in screens: the code (or enrolment) step after the password, and each user's settings. */
package org.matchwise.twostep.ui;
