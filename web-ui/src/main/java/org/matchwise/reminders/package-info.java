/**
 * Reminders and digests by mail (counts and links only, never sensitive detail), per-user preferences with
 * signed one-click unsubscribe links, and each user's deadlines as an iCalendar feed at a secret, revocable URL.
 */
package org.matchwise.reminders;
