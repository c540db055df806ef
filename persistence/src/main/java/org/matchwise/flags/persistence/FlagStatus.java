package org.matchwise.flags.persistence;

/** OPEN while the condition holds, ADDRESSED once an advisor answered it with a note, CLOSED when it no longer holds. */
public enum FlagStatus { OPEN, ADDRESSED, CLOSED }
