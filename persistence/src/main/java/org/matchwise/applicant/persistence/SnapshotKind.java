package org.matchwise.applicant.persistence;

/** Why a snapshot was frozen. */
public enum SnapshotKind { SUBMITTED, CLOSED }
