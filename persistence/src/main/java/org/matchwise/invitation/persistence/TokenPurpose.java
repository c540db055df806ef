package org.matchwise.invitation.persistence;

/** What a one-time link lets its holder do: set a first password (invitation) or a new one (reset). */
public enum TokenPurpose { INVITATION, PASSWORD_RESET }
