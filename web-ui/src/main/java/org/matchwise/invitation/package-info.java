/** Invitations and password resets: one-time links by mail, stored only as hashes, that set a password once. */
package org.matchwise.invitation;
