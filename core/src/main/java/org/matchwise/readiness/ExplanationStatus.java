package org.matchwise.readiness;

/** How far the explanation of a flag category has come; an absent status reads as MISSING. */
public enum ExplanationStatus { MISSING, DRAFTED, REVIEWED }
