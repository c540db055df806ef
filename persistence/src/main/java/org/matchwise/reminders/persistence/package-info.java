/** Mail preferences, calendar feed secrets, the record of every reminder and digest sent, and what they remind of. */
package org.matchwise.reminders.persistence;
