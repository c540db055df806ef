/** One-time account links (invitations and password resets), stored only as hashes of their tokens. */
package org.matchwise.invitation.persistence;
