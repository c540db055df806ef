package org.matchwise.audit.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * The embedded default's (H2) guard that keeps the access log append-only: installed as a BEFORE UPDATE and a
 * BEFORE DELETE row trigger on {@code access_log} by {@code db/vendor/h2}, it refuses every change of a stored row,
 * whoever asks. PostgreSQL has the same rule in PL/pgSQL ({@code db/vendor/postgresql}).
 */
public class AppendOnlyTrigger implements Trigger {

    private String operation = "a change";

    @Override
    public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before, int type) {
        operation = (type & Trigger.DELETE) != 0 ? "DELETE" : (type & Trigger.UPDATE) != 0 ? "UPDATE" : "a change";
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException("access_log is append-only: " + operation + " is not allowed", "42501");
    }
}
