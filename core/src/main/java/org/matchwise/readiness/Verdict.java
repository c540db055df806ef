package org.matchwise.readiness;

/** The readiness verdict of domain.md. */
public enum Verdict { NOT_READY, READY_WITH_RISKS, READY }
