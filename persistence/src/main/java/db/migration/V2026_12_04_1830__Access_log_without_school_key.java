package db.migration;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The access log keeps the school's id without a foreign key, as it always kept the reader's and the applicant's
 * ids: an audit row records what happened and must not depend on the rows it names. The key cost every logged read
 * (issue 12.1, the bearer read writes one row per request) a referential check that locks the school's row
 * {@code FOR KEY SHARE}; with reads of one school arriving on several connections at once, PostgreSQL turned those
 * shared locks into multixacts on that one row (pgbench of the logged read: about 8% more reads per second without
 * the key). Every row's school still comes from a row that has the key: the read's own applicant row
 * ({@code ReadLogRow}) or the signed-in user's school ({@code AccessLog}). A Java migration because the key was
 * declared inline, so its name is the database's own choice ({@code access_log_school_id_fkey} on PostgreSQL, a
 * generated one on H2): it is looked up in the JDBC metadata.
 */
public class V2026_12_04_1830__Access_log_without_school_key extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        DatabaseMetaData meta = connection.getMetaData();
        String table = meta.storesUpperCaseIdentifiers() ? "ACCESS_LOG" : "access_log";
        List<String> keys = new ArrayList<>();
        try (ResultSet rs = meta.getImportedKeys(connection.getCatalog(), connection.getSchema(), table)) {
            while (rs.next()) {
                if ("school_id".equals(rs.getString("FKCOLUMN_NAME").toLowerCase(Locale.ROOT))) {
                    keys.add(rs.getString("FK_NAME"));
                }
            }
        }
        try (Statement st = connection.createStatement()) {
            for (String key : keys) {
                st.execute("ALTER TABLE access_log DROP CONSTRAINT \"" + key + "\"");
            }
        }
    }
}
