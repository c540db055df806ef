package org.matchwise.flags;

/**
 * OPEN while the condition holds, ADDRESSED once an advisor answered it with a note, CLOSED when it no longer holds.
 * The one vocabulary for the stored flag, the views and the REST API (stored by name).
 */
public enum FlagStatus { OPEN, ADDRESSED, CLOSED }
