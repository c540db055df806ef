package org.matchwise.audit.persistence;

import java.time.Instant;

/**
 * The access-log row a read writes with the very statement that reads (where the database can: PostgreSQL's
 * {@code INSERT} in a {@code WITH} clause), so the answer and its row are one atomic statement. The row is written
 * only when the read finds a record the reader may reach: the record's school is the reader's, and for a reader who
 * may read only the record linked to their account (an applicant), that record.
 *
 * @param userId         the reader's account
 * @param linkedUserOnly the reader may read only the record linked to {@code userId}
 * @param action         what the row says was done (an {@code AccessAction} name)
 */
public record ReadLogRow(long userId, boolean linkedUserOnly, String action, Instant at, String clientIp,
        String userAgent) {

    /** The row's columns in the order {@link #INSERT_SELECT} binds them first. */
    public static final String INSERT_SELECT = "INSERT INTO access_log (school_id, user_id, applicant_id, action,"
            + " accessed_at, client_ip, user_agent) SELECT a.school_id, ?, a.id, ?, ?, ?, ? FROM applicant a"
            + " WHERE a.id = ? AND a.school_id = ? AND (a.user_id = ? OR ?)";
}
