/** The applicant case file of the advisor workspace: the case view's one-call read, and plans, explanations and notes. */
package org.matchwise.casefile;
