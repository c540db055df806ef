/** What each user marked on their worklist (done, snoozed) and when they last looked at new HIGH flags. */
package org.matchwise.worklist.persistence;
