package org.matchwise.applicant;

/** The outcome of creating or changing a record: saved, a stale version, or refused with a reason. */
public sealed interface SaveResult {

    /** Stored; {@code version} is the record's new version (the ETag). */
    record Saved(long id, long version) implements SaveResult {
    }

    /** The caller edited version {@code expected}, but the record is at {@code current}: nothing was changed. */
    record VersionConflict(long expected, long current) implements SaveResult {
    }

    /** Refused for a business reason, such as a duplicate external id or an unknown advisor. */
    record Rejected(String code, String message) implements SaveResult {
    }
}
