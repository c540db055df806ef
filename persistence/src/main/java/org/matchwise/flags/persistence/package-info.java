/** Stored red flags with their lifecycle (open, addressed with a note, closed with a date); never deleted. */
package org.matchwise.flags.persistence;
