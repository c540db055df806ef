/** The remediation catalogue: the actions suggested for each red-flag category, with owners and due dates from the cycle's calendar. */
package org.matchwise.remediation;
